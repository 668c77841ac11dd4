import { crc32 } from 'node:zlib';
import { JournalEntrySchema, type JournalEntry } from '../../../shared/model/project-file';
import { upgradeEntry } from './coder-upgrade';

/**
 * One journal line is the entry's JSON with a CRC-32 of that JSON appended as a last member
 * (`…,"crc":"1a2b3c4d"}`), as SQLite's WAL and LevelDB's log checksum their records: a line
 * damaged on disk is told apart from a good one, byte for byte, and the line stays JSON.
 */
const CRC_SUFFIX = /,"crc":"([0-9a-f]{8})"\}$/;

/** The text of one journal line (without its newline). */
export function journalLine(entry: JournalEntry): string {
  const json = JSON.stringify(entry);
  return `${json.slice(0, -1)},"crc":"${crcOf(json)}"}`;
}

/** Whether a line carries a checksum (lines written before checksums existed do not). */
export function hasChecksum(line: string): boolean {
  return CRC_SUFFIX.test(line);
}

/**
 * The entry a line holds, or null when the line is damaged: a wrong checksum, not JSON, or not
 * an entry. A line without a checksum is accepted only from a journal that has none at all.
 */
export function parseJournalLine(line: string, checksummed: boolean): JournalEntry | null {
  const match = CRC_SUFFIX.exec(line);
  let json = line;
  if (match) {
    json = `${line.slice(0, match.index)}}`;
    if (crcOf(json) !== match[1]) return null;
  } else if (checksummed) {
    return null;
  }
  try {
    // A line written before the format's last upgrade is read as the format has it now.
    const parsed = JournalEntrySchema.safeParse(upgradeEntry(JSON.parse(json)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function crcOf(text: string): string {
  return crc32(text).toString(16).padStart(8, '0');
}
