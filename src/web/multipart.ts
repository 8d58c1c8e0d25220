/**
 * A minimal multipart/form-data reader for the import forms, so that a file can be uploaded
 * without JavaScript and without a new dependency: text fields become strings (UTF-8), a file
 * field becomes { filename, bytes }, its bytes untouched, as an XLSX workbook is binary.
 */
export interface UploadedFile { filename: string; bytes: Buffer }
export type MultipartBody = Record<string, string | UploadedFile>;

export function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2] ?? null) : null;
}

export function parseMultipart(body: Buffer, boundary: string): MultipartBody {
  const result: MultipartBody = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  while (pos >= 0) {
    let start = pos + delimiter.length;
    if (body[start] === 45 && body[start + 1] === 45) break; // "--": the closing delimiter
    if (body[start] === 13) start++;
    if (body[start] === 10) start++;
    const next = body.indexOf(delimiter, start);
    if (next < 0) break;
    const headerEnd = body.indexOf('\r\n\r\n', start);
    if (headerEnd < 0 || headerEnd > next) { pos = next; continue; }
    const headers = body.subarray(start, headerEnd).toString('utf8');
    // The part's content ends with the CRLF that precedes the next delimiter.
    let end = next;
    if (body[end - 1] === 10) end--;
    if (body[end - 1] === 13) end--;
    const content = body.subarray(headerEnd + 4, end);
    const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    const filename = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    if (name !== undefined) result[name] = filename !== undefined ? { filename, bytes: content } : content.toString('utf8');
    pos = next;
  }
  return result;
}
