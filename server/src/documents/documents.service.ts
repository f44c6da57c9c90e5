import { Injectable } from '@nestjs/common';
import { OrganizationService } from '../organization/organization.service';
import type { PersonRef } from '../people/dto/people.inputs';
import { ReportsService } from '../reports/reports.service';
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
  ) {}

  async shineTheLight(year: number, person: PersonRef | null, format: Exclude<DocumentFormat, 'xlsx'>) {
    const report = await this.reports.shineTheLightReport(year, person);
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
}
