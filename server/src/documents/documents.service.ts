import { Injectable } from '@nestjs/common';
import { OrganizationService } from '../organization/organization.service';
import type { PersonRef } from '../people/dto/people.inputs';
import { ReportsService } from '../reports/reports.service';
import { GdprService } from '../gdpr/gdpr.service';
import { calendarYear, today } from '../rules/dates';
import { art15Table, art30Table, processorsTable } from './gdpr-tables';
import { renderTableCsv, renderTableXlsx, type TableDocument } from './render-table';
import type { DocumentFormat } from './document-access';
import { renderLetterCsv } from './render-csv';
import { renderLetterHtml } from './render-html';
import { renderLetterPdf } from './render-pdf';
import { shineTheLightLetter } from './shine-the-light.letter';

/** Printable documents built from the reports' own answers (no rule is recomputed here). */
@Injectable()
export class DocumentsService {
  constructor(
    private readonly reports: ReportsService,
    private readonly organizations: OrganizationService,
    private readonly gdprService: GdprService,
  ) {}

  /**
   * The letter for a year. The inventory and the organization's settings are printed as they were recorded at
   * `inventoryAsOf`, by default the period's end: producing a past year's letter again later gives the same
   * document, whatever was edited since.
   */
  async shineTheLight(
    year: number,
    person: PersonRef | null,
    format: Exclude<DocumentFormat, 'xlsx'>,
    inventoryAsOf: string | null = null,
  ) {
    const asOf = inventoryAsOf ?? calendarYear(year).end;
    const report = await this.reports.shineTheLightReport(year, person, asOf);
    const organization = await this.organizations.organizationAsRecordedOn(asOf);
    const letter = shineTheLightLetter(report, organization);
    const body: string | Buffer =
      format === 'html'
        ? renderLetterHtml(letter)
        : format === 'csv'
          ? renderLetterCsv(letter, year)
          : await renderLetterPdf(letter, new Date(`${report.periodEnd}T23:59:59Z`));
    return { report, body };
  }

  async gdpr(
    kind: 'record-of-processing' | 'processors' | 'recipients',
    format: 'csv' | 'xlsx',
    asOf: string | null,
    person: PersonRef | null,
    inventoryAsOf: string | null = null,
  ) {
    const date = asOf ?? today();
    let table: TableDocument;
    let personId: string | null = null;
    if (kind === 'record-of-processing') table = art30Table(await this.gdprService.recordOfProcessing(date, inventoryAsOf));
    else if (kind === 'processors') table = processorsTable(await this.gdprService.processors(date, inventoryAsOf), date);
    else {
      const report = await this.gdprService.art15Recipients(person as PersonRef);
      personId = report.person.id;
      table = art15Table(report);
    }
    const body = format === 'csv' ? renderTableCsv(table) : await renderTableXlsx(table, new Date(`${date}T00:00:00Z`));
    return { body, personId };
  }
}
