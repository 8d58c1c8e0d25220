/**
 * Why a workbook could not be read. `code` is stable, so that callers can translate it;
 * `message` is English for logs and the API.
 */
export type XlsxErrorCode =
  | 'notZip'          // not a ZIP archive at all
  | 'corrupt'         // a ZIP archive, but broken or cut short
  | 'unsupported'     // encrypted entries, ZIP64, an unknown compression method or text encoding
  | 'tooLarge'        // unpacks to more than the limit (a ZIP bomb, or simply too much data)
  | 'tooManyEntries'  // more files inside than any workbook needs
  | 'notWorkbook'     // a ZIP archive without a workbook and a worksheet
  | 'xml'             // a part is not well-formed XML
  | 'dtd';            // a part declares a DOCTYPE or entities, which are refused (XXE, billion laughs)

export class XlsxError extends Error {
  constructor(readonly code: XlsxErrorCode, message: string) {
    super(message);
    this.name = 'XlsxError';
  }
}
