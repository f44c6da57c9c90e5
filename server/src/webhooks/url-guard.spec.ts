import { AppError } from '../common/app-error';
import { checkWebhookUrl, isBlockedAddress } from './url-guard';

describe('webhook SSRF guard', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.31.255.255', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['0.0.0.0', true],
    ['100.64.0.1', true],
    ['8.8.8.8', false],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fe80::1', true],
    ['fd00::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['2606:4700:4700::1111', false],
    ['not-an-ip', true],
  ])('%s blocked: %s', (address, blocked) => {
    expect(isBlockedAddress(address)).toBe(blocked);
  });

  const resolver = (table: Record<string, string[]>) => (host: string) => Promise.resolve(table[host] ?? []);
  const refusal = async (url: string, allowPrivate = false, table: Record<string, string[]> = {}) => {
    try {
      await checkWebhookUrl(url, allowPrivate, resolver(table));
      return null;
    } catch (error) {
      return error instanceof AppError ? [error.code, error.field] : error;
    }
  };

  it.each([
    ['ftp://hooks.example.com/x', false, {}],
    ['file:///etc/passwd', false, {}],
    ['not a url', false, {}],
    ['http://user:pw@hooks.example.com/', false, { 'hooks.example.com': ['93.184.216.34'] }],
    ['http://127.0.0.1:8080/', false, { '127.0.0.1': ['127.0.0.1'] }],
    ['http://[::1]/', false, { '::1': ['::1'] }],
    ['https://mixed.example.com/', false, { 'mixed.example.com': ['93.184.216.34', '10.0.0.5'] }],
    ['https://nowhere.example.com/', false, {}],
    ['javascript:alert(1)', true, {}],
  ])('refuses %s', async (url, allowPrivate, table) => {
    expect(await refusal(url, allowPrivate, table)).toEqual(['BAD_USER_INPUT', 'url']);
  });

  it.each([
    ['https://hooks.example.com/in', false, { 'hooks.example.com': ['93.184.216.34'] }],
    ['http://127.0.0.1:8080/', true, {}],
  ])('accepts %s', async (url, allowPrivate, table) => {
    expect(await refusal(url, allowPrivate, table)).toBeNull();
  });
});
