// Exchange formats (REFI-QDA, W3C, brat, CSV): their words. The source of the typed keys.
// Each helper adds keys in a block of its own, prefixed: csv-, refi-, w3c-, brat-, ui-.
export const exchange = {
  title: 'Exchange formats',
};
