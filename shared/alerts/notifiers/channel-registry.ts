import type { Logger } from '../../logger';
import type { Notifier } from './notifier';
import { type NotifierConfig, NotifierConfigError, validateNotifierConfig } from './notifier-config';

/** What a channel's factory gets besides its own settings. */
export interface ChannelDeps {
  logger: Logger;
}

/**
 * The channels a program offers, each a factory that loads its client only when chosen. A program registers
 * only the channels that make sense where it runs, so its bundle carries no other channel's client.
 */
export type NotifierChannels = {
  [Channel in NotifierConfig['channel']]?: (
    config: Extract<NotifierConfig, { channel: Channel }>,
    deps: ChannelDeps,
  ) => Promise<Notifier>;
};

/** The channels of the Lambda functions: SES (what AWS deployments send with) and the signed webhook. */
export const AWS_CHANNELS: NotifierChannels = {
  ses: async (config) => {
    const { createSesNotifier } = await import('./ses-notifier');
    return createSesNotifier({
      region: config.region,
      ...(config.endpoint ? { endpoint: config.endpoint } : {}),
      ...(config.configurationSetName ? { configurationSetName: config.configurationSetName } : {}),
    });
  },
  webhook: async (config) => {
    const { createWebhookNotifier } = await import('./webhook-notifier');
    return createWebhookNotifier({ url: config.url, secret: config.secret, maxAttempts: config.maxAttempts });
  },
};

/**
 * The notifier for a configuration, from the channels registered (one interface, chosen by configuration).
 * @throws NotifierConfigError when the configuration is invalid or names a channel this program does not offer.
 */
export async function createNotifierWith(
  channels: NotifierChannels,
  config: NotifierConfig,
  deps: ChannelDeps,
): Promise<Notifier> {
  const checked = validateNotifierConfig(config);
  // One lookup for every channel; the registry's type pairs each factory with its own settings.
  const create = channels[checked.channel] as
    | ((config: NotifierConfig, deps: ChannelDeps) => Promise<Notifier>)
    | undefined;
  if (create === undefined) {
    const offered = Object.keys(channels).join(', ');
    throw new NotifierConfigError(
      `invalid alert channel configuration: ALERT_CHANNEL: ${checked.channel} is not available here (available: ${offered})`,
    );
  }
  return create(checked, deps);
}
