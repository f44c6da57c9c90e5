import { graphql } from '../api/generated';
import type { WhoReceivedQuery } from '../api/generated/graphql';

export const WHO_RECEIVED_QUERY = graphql(`
  query WhoReceived($person: PersonRef!, $from: Date, $to: Date) {
    whoReceived(person: $person, from: $from, to: $to) {
      person {
        id
        display
        californiaResident
      }
      from
      to
      recipients {
        recipient {
          id
          name
          class
        }
        categories {
          id
          name
        }
        purposes {
          id
          name
        }
        uses
        evidence
        firstOn
        lastOn
        optOutViolations {
          id
          occurredOn
          use
          recipient {
            id
            name
          }
          categories {
            id
            name
          }
        }
      }
    }
  }
`);

/** Who received a person's data over a period, recipient by recipient. */
export type WhoReceived = WhoReceivedQuery['whoReceived'];
export type ReceivedBy = WhoReceived['recipients'][number];
