/** English: reading and writing the zip container of a bundle (refusals of broken or hostile files). Keys are the contract between code and catalogs (see catalogs.test.ts). */
export const bundleFile = {
  notZip:
    'This file is not a zip archive, so it is not a Glossator bundle. Choose the .glossator file your colleague sent.',
  notZipEmpty:
    'This file is empty (0 bytes), so it is not a Glossator bundle. The copy or download may have failed: ask the sender for the file again.',
  notZipPdf: 'This file is a PDF document, not a Glossator bundle. Choose the .glossator file your colleague sent.',
  notZipText:
    'This file is a text file (plain text, JSON or similar), not a Glossator bundle, which is a zip archive. Choose the .glossator file your colleague sent.',
  notZipArchive:
    'This file is another kind of archive (gzip, 7z, RAR, tar or similar), not the zip archive a Glossator bundle is. Choose the .glossator file itself, not a repacked copy.',
  truncated:
    'This bundle is incomplete: it begins as a zip archive but its end is missing, as after an interrupted download or copy. Ask the sender for the file again.',
  damaged:
    'This bundle is damaged: the zip archive’s table of contents cannot be read consistently. Ask the sender to export the bundle again.',
  splitArchive:
    'This bundle is one part of a zip archive split across several files, which Glossator does not read. Ask the sender to export the bundle again as one file.',
  tooManyEntries:
    'This bundle lists {{entries, number}} files; a bundle may hold at most {{max, number}}. Nothing was read. Ask the sender to export fewer documents per bundle.',
  nameEmpty: 'This bundle holds a file without a name. Nothing was read. Ask the sender to export the bundle again.',
  nameEncoding:
    'This bundle holds a file whose name is not valid UTF-8 text: “{{name}}”. Nothing was read. Ask the sender to export the bundle again with Glossator.',
  nameTooLong:
    'This bundle holds a file whose name, or a part of it, is too long (over {{max, number}} bytes): “{{name}}”. Nothing was read. Ask the sender to export the bundle again.',
  nameControl:
    'This bundle holds a file whose name contains control or invisible characters: “{{name}}”. Nothing was read. Ask the sender to export the bundle again.',
  nameAbsolute:
    'This bundle holds a file with an absolute path, pointing outside the bundle: “{{name}}”. Nothing was read. A bundle exported by Glossator never has one; ask the sender to export it again.',
  nameBackslash:
    'This bundle holds a file whose name contains a backslash: “{{name}}”. Nothing was read. A bundle exported by Glossator never has one; ask the sender to export it again.',
  nameTraversal:
    'This bundle holds a file whose path climbs out of the bundle with “..”: “{{name}}”. Nothing was read. A bundle exported by Glossator never has one; ask the sender to export it again.',
  nameDotSegment:
    'This bundle holds a file whose path contains a “.” folder: “{{name}}”. Nothing was read. Ask the sender to export the bundle again.',
  nameEmptySegment:
    'This bundle holds a file whose path contains an empty folder name (two slashes in a row): “{{name}}”. Nothing was read. Ask the sender to export the bundle again.',
  nameAmbiguous:
    'This bundle holds a file that carries two different names, so different programs would see different files: “{{name}}”. Nothing was read. Ask the sender to export the bundle again.',
  symlink:
    'This bundle holds a symbolic link, which could point anywhere on the disk: “{{name}}”. Nothing was read. A bundle exported by Glossator never has one; ask the sender to export it again.',
  specialFile:
    'This bundle holds a device, pipe or socket instead of an ordinary file: “{{name}}”. Nothing was read. Ask the sender to export the bundle again.',
  folderWithData:
    'This bundle holds a folder entry that carries data: “{{name}}”. Nothing was read. Ask the sender to export the bundle again.',
  duplicateName:
    'This bundle holds two files with the same name: “{{name}}”. Nothing was read, as it is unclear which one counts. Ask the sender to export the bundle again.',
  duplicateFolded:
    'This bundle holds two files whose names differ only in case or Unicode form, which many disks see as one: “{{name}}” and “{{other}}”. Nothing was read. Ask the sender to export the bundle again.',
  fileAndFolder:
    'This bundle holds “{{name}}” both as a file and as a folder. Nothing was read. Ask the sender to export the bundle again.',
  encrypted:
    'This bundle holds an encrypted file: “{{name}}”. Glossator does not read password-protected archives. Ask the sender to export the bundle again without a password.',
  unsupportedMethod:
    'This bundle holds a file compressed with a method Glossator does not read ({{method}}): “{{name}}”. Ask the sender to export the bundle again with Glossator, without repacking it.',
  storedSizeMismatch:
    'This bundle is damaged: the uncompressed file “{{name}}” declares two different sizes. Ask the sender to export the bundle again.',
  entryTooLarge:
    'This bundle holds a file of {{size, number}} MB, more than the {{max, number}} MB a file in a bundle may have: “{{name}}”. Nothing was read. Ask the sender to split the work into smaller bundles.',
  archiveTooLarge:
    'This bundle’s files add up to more than {{size, number}} MB uncompressed; a bundle may hold at most {{max, number}} MB. Nothing was read. Ask the sender to export fewer documents per bundle.',
  bomb: 'This bundle holds a file compressed {{ratio, number}}:1 (at most {{max, number}}:1 is accepted): “{{name}}”. This is how a “zip bomb” fills the memory, so nothing was read. Ask the sender to export the bundle again.',
  entryOutOfBounds:
    'This bundle is damaged or incomplete: the data of “{{name}}” lies outside the archive. Ask the sender for the file again.',
  entryDamaged:
    'This bundle is damaged: the description of “{{name}}” in the archive’s table of contents is malformed. Ask the sender to export the bundle again.',
  overlapping:
    'This bundle is damaged or crafted: the data of “{{name}}” overlaps another file’s. Nothing was read. Ask the sender to export the bundle again.',
  localHeaderMismatch:
    'This bundle is damaged: the two descriptions of “{{name}}” inside the archive disagree. Ask the sender to export the bundle again.',
  understatedSize:
    'This bundle holds a file that unpacks to more than its declared size: “{{name}}”. Reading stopped there. The file is damaged or crafted; ask the sender to export the bundle again.',
  sizeMismatch:
    'This bundle holds a file that unpacks to less than its declared size: “{{name}}”. The file is damaged; ask the sender to export the bundle again.',
  crcMismatch:
    'This bundle holds a corrupted file: “{{name}}” does not match its checksum. The file was damaged in transfer or on disk; ask the sender to export the bundle again.',
  corruptData:
    'This bundle holds a corrupted file: the compressed data of “{{name}}” cannot be unpacked. Ask the sender to export the bundle again.',
  entryOverLimit:
    'This bundle holds a file of {{size, number}} MB, more than the {{max, number}} MB such a file may have: “{{name}}”. It was not read. Ask the sender to export the bundle again.',
  noSuchEntry: 'This bundle has no file “{{name}}”. Ask the sender to export the bundle again.',
  unreadable:
    'The bundle file could not be read while unpacking “{{name}}” (system error {{code}}). Check that the file is still there and the disk is readable, then try again.',
  unreadableFile:
    'The bundle file could not be opened (system error {{code}}). Check that it is still there and that you may read it, then try again.',
} satisfies Record<string, string>;
