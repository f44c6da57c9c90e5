import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importFidesManifest } from './fides-import';
import { byLongestPrefix, FIDES_CATEGORIES, fidesId } from './fides-map';

const FIXTURE = readFileSync(join(__dirname, '..', '..', '..', 'test', 'fixtures', 'fides-manifest.yml'), 'utf8');

describe('importFidesManifest', () => {
  const { document, unmapped } = importFidesManifest(FIXTURE);
  const byId = (items: Record<string, unknown>[]) => new Map(items.map((i) => [i.id, i]));

  it('maps systems, data subjects, data categories (with their hierarchy) and data uses', () => {
    expect(document.systems).toEqual([
      { id: 'checkout-service', name: 'Checkout Service', owner: 'Commerce' },
      { id: 'ad-platform', name: 'Ad Platform' },
    ]);
    expect(document.segments.map((s) => s.id)).toEqual(['customer', 'anonymous-user']);
    const categories = byId(document.categories);
    expect(categories.get('user.contact.email')).toMatchObject({
      parentId: 'user.contact',
      shineTheLight: ['EMAIL_ADDRESS'],
      sensitive: false,
    });
    expect(categories.get('user.financial.credit-card')).toMatchObject({ shineTheLight: ['CREDIT_CARD_NUMBER'], sensitive: true });
    expect(categories.get('user')).toMatchObject({ shineTheLight: [] });
    expect(categories.has('system.operations')).toBe(false);
    // Parents come before their children, so the document applies top to bottom.
    const order = document.categories.map((c) => c.id);
    expect(order.indexOf('user.contact')).toBeLessThan(order.indexOf('user.contact.email'));
    const purposes = byId(document.purposes);
    expect(purposes.get('marketing.advertising.third-party.targeted')).toMatchObject({ directMarketing: true, targetedAdvertising: true });
    expect(purposes.get('marketing.communications.email')).toMatchObject({ directMarketing: true, targetedAdvertising: false });
    expect(purposes.get('essential.service.payment-processing')).toMatchObject({ directMarketing: false, targetedAdvertising: false });
  });

  it('reports what it cannot map instead of guessing', () => {
    expect(unmapped).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/system\[1\]\.privacy_declarations\[0\]: data category system\.operations is not data about a person/),
        expect.stringMatching(
          /system\[1\]\.privacy_declarations\[0\]: shares data with third parties \(Example Ad Network\) but names no recipient/,
        ),
        expect.stringMatching(/system\[1\]\.privacy_declarations\[1\]: data use custom_company_use is not in the mapping table/),
      ]),
    );
    expect(byId(document.purposes).get('custom-company-use')).not.toHaveProperty('directMarketing');
  });

  it('reports a manifest without systems', () => {
    expect(importFidesManifest('dataset: []\n').unmapped).toEqual(['the manifest has no `system:` list']);
  });
});

describe('fides-map', () => {
  it.each([
    ['user.contact.email', ['EMAIL_ADDRESS']],
    ['user.contact.email.work', ['EMAIL_ADDRESS']],
    ['user.device.cookie_id', []],
  ])('%s maps through its longest listed prefix to %j', (key, codes) => {
    expect(byLongestPrefix(FIDES_CATEGORIES, key)?.shineTheLight).toEqual(codes);
  });
  it('turns keys into slugs', () => expect(fidesId('user.contact.phone_number')).toBe('user.contact.phone-number'));
});
