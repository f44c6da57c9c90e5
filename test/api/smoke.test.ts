import { startTestServer, type TestServer } from '../support/server';

describe('smoke', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ seed: 'example' });
  });
  afterAll(() => server.close());

  it('serves the example map', async () => {
    const health = await fetch(`${server.url}/health`);
    expect(await health.json()).toEqual({ status: 'ok', engine: 'embedded' });
    const res = await server.gql('{ categories { id name parentId shineTheLight } recipients { id name class } disclosures { id use recipient { id } categories { id } } dataMap { nodes { id kind } edges { id kind } } }');
    expect(res.errors).toBeUndefined();
    console.log(JSON.stringify(res.data).slice(0, 500));
    const who = await server.gql('query($e: String){ whoReceived(person: {email: $e}, from: "2025-01-01", to: "2025-12-31") { person { id display } recipients { recipient { name class } evidence uses firstOn lastOn categories { id } optOutViolations { id occurredOn } } } }', { e: 'carmen.diaz@example.com' });
    console.log(JSON.stringify(who, null, 1).slice(0, 3000));
    const stl = await server.gql('{ shineTheLightReport(year: 2025) { categories { code label } thirdParties { name categories { code } } notices } }');
    console.log(JSON.stringify(stl, null, 1).slice(0, 3000));
  });
});
