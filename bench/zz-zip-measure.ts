import { writeZip } from '../electron/core/bundles/zip-writer.ts';
import { openZip } from '../electron/core/bundles/zip-reader.ts';
async function main() {
  const n = Number(process.env.N ?? 4000);
  const data = 'Текст документа '.repeat(300);
  let t = performance.now();
  async function* items() {
    for (let i = 0; i < n; i++) yield { name: `documents/d${i}/text.txt`, data: Buffer.from(data) };
  }
  await writeZip('/tmp/zz.zip', items());
  console.log('write ms/entry', ((performance.now() - t) / n).toFixed(2));
  const zip = await openZip('/tmp/zz.zip');
  t = performance.now();
  for (let i = 0; i < n; i++) await zip.read(`documents/d${i}/text.txt`);
  console.log('read ms/entry', ((performance.now() - t) / n).toFixed(2));
  await zip.close();
}
main();
