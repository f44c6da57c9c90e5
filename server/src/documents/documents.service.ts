import { Injectable } from '@nestjs/common';
import { OrganizationService } from '../organization/organization.service';
import type { PersonRef } from '../people/dto/people.inputs';
import { ReportsService } from '../reports/reports.service';
import { GdprService } from '../gdpr/gdpr.service';
import { HistoryService } from '../history/history.service';
import type { ShineTheLightReport } from '../reports/models/shine-the-light.models';
import { today } from '../rules/dates';
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
    private readonly history: HistoryService,
  ) {}

  /**
   * Third parties' printed details as they stood at the end of the period (from the inventory history), so a
   * past year's letter produced again later is the same document even if a recipient moved since.
   */
  private async asOfPeriodEnd(report: ShineTheLightReport): Promise<ShineTheLightReport> {
    const values = await this.history.valuesAsOf(
      report.thirdParties.map((t) => t.recipient.id),
      report.periodEnd,
    );
    const text = (v: unknown, fallback: string | null) => (typeof v === 'string' ? v : v === null ? null : fallback);
    const thirdParties = report.thirdParties
      .map((t) => {
        const then = values.get(t.recipient.id);
        if (!then) return t;
        return {
          ...t,
          name: text(then.name, t.name) ?? t.name,
          address: text(then.address, t.address),
          natureOfBusiness: text(then.natureOfBusiness, t.natureOfBusiness),
          productsMarketed: Array.isArray(then.productsMarketed) ? (then.productsMarketed as string[]) : t.productsMarketed,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name) || a.recipient.id.localeCompare(b.recipient.id));
    return { ...report, thirdParties };
  }

  async shineTheLight(year: number, person: PersonRef | null, format: Exclude<DocumentFormat, 'xlsx'>) {
    const report = await this.asOfPeriodEnd(await this.reports.shineTheLightReport(year, person));
    const organization = await this.organizations.organization();
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
  ) {
    const date = asOf ?? today();
    let table: TableDocument;
    if (kind === 'record-of-processing') table = art30Table(await this.gdprService.recordOfProcessing(date));
    else if (kind === 'processors') table = processorsTable(await this.gdprService.processors(date), date);
    else table = art15Table(await this.gdprService.art15Recipients(person as PersonRef));
    return format === 'csv' ? renderTableCsv(table) : renderTableXlsx(table, new Date(`${date}T00:00:00Z`));
  }
}
