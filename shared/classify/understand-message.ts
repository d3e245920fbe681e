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
  const message = await readVendorMessage(raw);
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
