import type {
  CategoryInput,
  PolicyClauseInput,
  PurposeInput,
  SegmentInput,
  SourceInput,
  SystemInput,
} from '../inventory/dto/inventory.inputs';
import type { CollectionInput, DisclosureInput } from '../disclosures/dto/flow.inputs';
import type { OptOutInput, PersonInput, TransferInput } from '../people/dto/people.inputs';
import type { RecipientInput } from '../recipients/dto/recipient.inputs';
import type { OrganizationInput } from '../organization/dto/organization.input';
import type { RequestInput } from '../requests/dto/request.inputs';

/** The seed document: lists of API inputs, loaded top to bottom (see seed/README.md). */
export interface SeedDocument {
  version: 1;
  organization?: OrganizationInput;
  policyClauses?: PolicyClauseInput[];
  categories?: CategoryInput[];
  purposes?: PurposeInput[];
  sources?: SourceInput[];
  segments?: SegmentInput[];
  systems?: SystemInput[];
  recipients?: RecipientInput[];
  collections?: CollectionInput[];
  disclosures?: DisclosureInput[];
  people?: PersonInput[];
  transfers?: TransferInput[];
  optOuts?: OptOutInput[];
  /** Privacy requests; the id makes loading again skip the ones already recorded. */
  requests?: (RequestInput & { id: string })[];
}
