import type { WhoReceived } from '../api/types';

export const WHO_RECEIVED_QUERY = /* GraphQL */ `
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
`;

export interface WhoReceivedResult {
  whoReceived: WhoReceived;
}
