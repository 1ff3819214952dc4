import { describe, expect, it } from 'vitest';
import { pktLine, pktLines, readReport, receivePackBody } from './receive-pack.ts';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const oid = (c: string) => c.repeat(40);

describe('receive-pack request and report (git pack-protocol)', () => {
  it('frames packet lines with their own length in hex', () => {
    expect(text(pktLine('unpack ok\n'))).toBe('000eunpack ok\n');
    expect(text(pktLine(''))).toBe('0004');
  });

  it('sends one command with report-status, a flush, then the pack', () => {
    const body = text(
      receivePackBody({
        ref: 'refs/heads/main',
        oldOid: oid('a'),
        newOid: oid('b'),
        packfile: new TextEncoder().encode('PACK…'),
      }),
    );
    const command = `${oid('a')} ${oid('b')} refs/heads/main\0report-status agent=glossator\n`;
    expect(body).toBe(`${(command.length + 4).toString(16).padStart(4, '0')}${command}0000PACK…`);
  });

  it('reads ok, ng with its reason, a failed unpack, and a report cut short', () => {
    const report = (...lines: string[]) =>
      new TextEncoder().encode(`${lines.map((l) => text(pktLine(`${l}\n`))).join('')}0000`);
    expect(readReport(report('unpack ok', 'ok refs/heads/main'), 'refs/heads/main')).toEqual({ ok: true });
    expect(readReport(report('unpack ok', 'ng refs/heads/main fetch first'), 'refs/heads/main')).toEqual({
      ok: false,
      reason: 'fetch first',
    });
    expect(readReport(report('unpack index-pack abnormal exit'), 'refs/heads/main')).toEqual({
      ok: false,
      reason: 'index-pack abnormal exit',
    });
    expect(readReport(new TextEncoder().encode('00'), 'refs/heads/main').ok).toBe(false);
    expect(pktLines(new TextEncoder().encode('zzzz'))).toEqual([]);
  });
});
