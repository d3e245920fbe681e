import {
  AWS_CHANNELS,
  type ChannelDeps,
  createNotifierWith,
  type NotifierChannels,
} from './channel-registry';
import type { Notifier } from './notifier';
import type { NotifierConfig } from './notifier-config';

// The local stack's modules name the configuration type from here.
export type { NotifierConfig } from './notifier-config';

/** Every channel: what the local stack and the command line offer (outbox by default, or an SMTP relay). */
export const ALL_CHANNELS: NotifierChannels = {
  ...AWS_CHANNELS,
  outbox: async (config, deps) => {
    const { createOutboxNotifier } = await import('./outbox-notifier');
    return createOutboxNotifier({ directory: config.directory, logger: deps.logger });
  },
  smtp: async (config) => {
    const { createSmtpNotifier } = await import('./smtp-notifier');
    return createSmtpNotifier({ url: config.url });
  },
};

/**
 * The notifier for a configuration, any channel. Channels load their client only when chosen, so the outbox
 * never loads the AWS SDK and SES never loads the SMTP client. Lambda functions use `createNotifierWith` and
 * `AWS_CHANNELS` instead, so their bundles carry no SMTP client.
 * @throws NotifierConfigError when the configuration is invalid.
 */
export function createNotifier(config: NotifierConfig, deps: ChannelDeps): Promise<Notifier> {
  return createNotifierWith(ALL_CHANNELS, config, deps);
}
