import { documentRefProblem } from './document-ref';

describe('documentRef: only the product’s own document paths, at most 500 characters', () => {
  it.each([
    ['/reports/shine-the-light/2024.pdf', null],
    ['/reports/shine-the-light/2024.html?personId=person-abc123', null],
    ['/reports/gdpr/recipients.xlsx?personId=p-1&asOf=2025-01-31', null],
    ['/reports/gdpr/record-of-processing.csv?inventoryAsOf=2024-12-31', null],
    ['/requests/req-2025-1/response.pdf', null],
  ])('accepts %s', (ref, problem) => expect(documentRefProblem(ref)).toBe(problem));

  it.each([
    ['javascript:alert(1)'],
    ['https://evil.example/reports/shine-the-light/2024.pdf'],
    ['//evil.example/reports/shine-the-light/2024.pdf'],
    ['/reports/shine-the-light/../../admin'],
    ['/reports/shine-the-light/2024.pdf?token=secret'],
    ['/reports/shine-the-light/2024.pdf?person=alice%40example.com'],
    ['/reports/shine-the-light/2024.pdf?personId=a?b'],
    ['/reports/shine-the-light/2024.exe'],
    ['/reports/gdpr/recipients.csv?personId=' + 'a'.repeat(600)],
    [''],
  ])('refuses %s', (ref) => expect(documentRefProblem(ref)).not.toBeNull());
});
