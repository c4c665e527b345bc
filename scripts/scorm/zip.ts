import { createHash } from 'node:crypto';
import { crc32, deflateRawSync } from 'node:zlib';

/** One file to put in a zip: its path inside and its bytes. */
export interface ZipEntry {
  path: string;
  data: Uint8Array;
}

/** A file compressed once, so the same file in fifty packages is deflated only once. */
interface Packed {
  crc: number;
  method: 0 | 8;
  body: Uint8Array;
  size: number;
}

/** MS-DOS date and time fields for 1 January 2026, fixed so the same input always gives the same zip. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

/** Compresses with deflate, or stores when deflate would not help (already-compressed files such as woff2 or zip). */
function pack(data: Uint8Array): Packed {
  const deflated = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  return deflated.length < data.length ? { crc, method: 8, body: deflated, size: data.length } : { crc, method: 0, body: data, size: data.length };
}

/** A header: its signature, then fields of 2 or 4 bytes in order, zero-padded to its full length. */
function record(signature: number, fields: readonly [number, number][], length: number): Buffer {
  const out = Buffer.alloc(length);
  out.writeUInt32LE(signature, 0);
  let at = 4;
  for (const [value, bytes] of fields) {
    if (bytes === 2) out.writeUInt16LE(value, at);
    else out.writeUInt32LE(value >>> 0, at);
    at += bytes;
  }
  return out;
}

/** Writes a zip (no zip64: every package here is far below 4 GB), with a cache of compressed files shared across calls. */
export function createZipWriter(): (entries: readonly ZipEntry[]) => Buffer {
  const cache = new Map<string, Packed>();
  return (entries) => {
    const locals: Buffer[] = [];
    const centrals: Buffer[] = [];
    let offset = 0;
    for (const { path, data } of entries) {
      // Keyed by content, not by name: each package has its own imsmanifest.xml.
      const key = createHash('sha256').update(data).digest('hex');
      const packed = cache.get(key) ?? pack(data);
      cache.set(key, packed);
      const name = Buffer.from(path, 'utf8');
      // The fields local and central headers share, from "version needed" to the name's length.
      const common: [number, number][] = [[20, 2], [0x0800, 2], [packed.method, 2], [DOS_TIME, 2], [DOS_DATE, 2], [packed.crc, 4], [packed.body.length, 4], [packed.size, 4], [name.length, 2]];
      const local = record(0x04034b50, common, 30);
      // Central: "made by" first, then the shared fields, then (at 42) where the local header starts.
      const central = record(0x02014b50, [[20, 2], ...common], 46);
      central.writeUInt32LE(offset, 42);
      locals.push(local, name, Buffer.from(packed.body));
      centrals.push(central, name);
      offset += local.length + name.length + packed.body.length;
    }
    const directory = Buffer.concat(centrals);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(entries.length, 8);
    end.writeUInt16LE(entries.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    return Buffer.concat([...locals, directory, end]);
  };
}
