import { readVendorMessage } from '../mail/read-vendor-message';
import type { ForwardStyle, VendorMessage } from '../mail/types';
import { identifyVendor } from '../mail/vendor';
import { classifyText } from './classify-text';
import type { Classification } from './types';

/** Everything inbox-watcher understands of one received message: whose it is, how it came, what it states. */
export interface Understanding extends Classification {
  /** Registrable domain of the vendor (eTLD+1, lower case), or null when it cannot be told. */
  vendor: string | null;
  vendorName: string | null;
  forward: ForwardStyle;
  message: VendorMessage;
}

/** Parses raw RFC 5322 bytes, recovers the vendor's message, identifies the vendor and classifies what it states. */
export async function understandMessage(raw: Buffer): Promise<Understanding> {
  return understandVendorMessage(await readVendorMessage(raw));
}

/**
 * Understands several messages, each result in the place of its input: a message that cannot be read gives
 * the error reading it threw. All are read first, then all classified: reading and classifying run large,
 * different code (mailparser, and the rules' compiled regexps), and taking turns message by message makes each
 * find the other's in the CPU caches (docs/performance.md). Callers with many messages pass a few dozen at a time.
 */
export async function understandMessages(
  raws: readonly Buffer[],
): Promise<PromiseSettledResult<Understanding>[]> {
  const read: PromiseSettledResult<VendorMessage>[] = [];
  for (const raw of raws) {
    try {
      read.push({ status: 'fulfilled', value: await readVendorMessage(raw) });
    } catch (reason) {
      read.push({ status: 'rejected', reason });
    }
  }
  return read.map((result) =>
    result.status === 'fulfilled'
      ? { status: 'fulfilled', value: understandVendorMessage(result.value) }
      : result,
  );
}

function understandVendorMessage(message: VendorMessage): Understanding {
  const vendor = identifyVendor(message);
  const classification = classifyText({ ...message, vendorDomain: vendor.domain });
  return {
    ...classification,
    vendor: vendor.domain,
    vendorName: vendor.name,
    forward: message.forward,
    message,
  };
}
