import { type Policy, safeParsePolicy } from '../../policy/index.js';
import { type CliIo, errorCode } from '../io.js';

/** The longest policy file read: a policy is a few kilobytes; 1 MiB is far past any. */
const MAX_POLICY_CHARS = 1024 * 1024;

/**
 * @internal Reads and validates a YOS policy from a JSON file (`--policy FILE`): the policy, or
 * one line saying what is wrong (the file's path, and for an invalid policy where in it; never
 * a value from it).
 */
export async function readPolicyFile(
  io: CliIo,
  path: string,
): Promise<{ ok: true; policy: Policy } | { ok: false; message: string }> {
  let text = '';
  try {
    for await (const chunk of io.openFile(path)) {
      text += String(chunk);
      if (text.length > MAX_POLICY_CHARS) {
        return { ok: false, message: `the policy ${path} is larger than 1 MiB` };
      }
    }
  } catch (e) {
    const code = errorCode(e);
    return { ok: false, message: `cannot read the policy ${path}${code ? ` (${code})` : ''}` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return { ok: false, message: `the policy ${path} is not valid JSON` };
  }
  const r = safeParsePolicy(json);
  if (!r.ok) return { ok: false, message: `${path}: ${r.error.message} [${r.error.code}]` };
  return { ok: true, policy: r.value };
}
