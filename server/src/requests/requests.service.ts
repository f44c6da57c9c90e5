import { Inject, Injectable } from '@nestjs/common';
import { badInput, conflictOn, notFound } from '../common/app-error';
import { generateId } from '../common/ids';
import { GRAPH_STORE, type GraphStore, type GraphTx } from '../graph/graph-store';
import { LegalRepository, type PrivacyRequestView } from '../graph/repositories/legal.repository';
import { PeopleService } from '../people/people.service';
import { today as todayUtc } from '../rules/dates';
import { canExtend, dueOn, repeatWindow, requestStatus, type RequestStatus } from './deadlines';
import type { RequestInput } from './dto/request.inputs';
import type { PrivacyRequest } from './models/privacy-request.model';

/** Shine the Light is answered with the letter for the calendar year before the request; other kinds name their own document. */
export function defaultResponseDocument(request: { kind: string; receivedOn: string; personId: string }): string | null {
  if (request.kind !== 'SHINE_THE_LIGHT') return null;
  return `/reports/shine-the-light/${Number(request.receivedOn.slice(0, 4)) - 1}.pdf?personId=${encodeURIComponent(request.personId)}`;
}

/** The register of privacy requests: deadlines, repeats, responses. Nothing is deleted (kept ≥ 24 months). */
@Injectable()
export class RequestsService {
  constructor(
    @Inject(GRAPH_STORE) private readonly graph: GraphStore,
    private readonly legal: LegalRepository,
    private readonly people: PeopleService,
  ) {}

  private async toRequest(tx: GraphTx, view: PrivacyRequestView, today: string): Promise<PrivacyRequest> {
    const person = await this.people.resolvePerson(tx, { id: view.personId });
    return {
      id: view.id,
      person: await this.people.toPerson(tx, person),
      kind: view.kind,
      receivedOn: view.receivedOn,
      channel: view.channel,
      dueOn: view.dueOn,
      extensions: view.extensions ?? 0,
      repeatInYear: view.repeatInYear ?? false,
      respondedOn: view.respondedOn,
      documentRef: view.documentRef,
      status: requestStatus(view, today),
    };
  }

  recordRequest(input: RequestInput): Promise<PrivacyRequest> {
    return this.graph.write((tx) => this.recordRequestIn(tx, input));
  }

  async recordRequestIn(tx: GraphTx, input: RequestInput, id = generateId('request')): Promise<PrivacyRequest> {
    const person = await this.people.resolvePerson(tx, input.person);
    const window = repeatWindow(input.kind, input.receivedOn);
    const earlier = window ? await this.legal.requestsOfKindBetween(tx, person.id, input.kind, window.start, window.end) : [];
    const record = {
      id,
      kind: input.kind,
      receivedOn: input.receivedOn,
      channel: input.channel,
      dueOn: dueOn(input.kind, input.receivedOn),
      extensions: 0,
      repeatInYear: earlier.length > 0,
      respondedOn: null,
      documentRef: null,
    };
    await this.legal.createRequest(tx, record, person.id);
    return this.toRequest(tx, { ...record, personId: person.id }, todayUtc());
  }

  /** True when the seed's request of that id is already recorded. */
  async exists(tx: GraphTx, id: string): Promise<boolean> {
    return (await this.legal.request(tx, id)) !== null;
  }

  private async existing(tx: GraphTx, id: string): Promise<PrivacyRequestView> {
    const view = await this.legal.request(tx, id);
    if (!view) throw notFound('id', `no request ${id}`);
    return view;
  }

  respondToRequest(id: string, respondedOn: string, documentRef: string | null): Promise<PrivacyRequest> {
    return this.graph.write(async (tx) => {
      const view = await this.existing(tx, id);
      if (view.respondedOn) throw conflictOn('id', `request ${id} was answered on ${view.respondedOn}`);
      if (respondedOn < view.receivedOn) throw badInput('respondedOn', 'must not be before the request was received');
      const document = documentRef ?? defaultResponseDocument(view);
      await this.legal.respond(tx, id, respondedOn, document);
      return this.toRequest(tx, { ...view, respondedOn, documentRef: document }, todayUtc());
    });
  }

  extendRequest(id: string): Promise<PrivacyRequest> {
    return this.graph.write(async (tx) => {
      const view = await this.existing(tx, id);
      const { kind } = view;
      const extensions = view.extensions ?? 0;
      if (view.respondedOn) throw conflictOn('id', `request ${id} was already answered`);
      if (!canExtend(kind, extensions)) throw conflictOn('id', `a ${kind} request cannot be extended further`);
      const due = dueOn(kind, view.receivedOn, extensions + 1);
      await this.legal.extend(tx, id, extensions + 1, due);
      return this.toRequest(tx, { ...view, extensions: extensions + 1, dueOn: due }, todayUtc());
    });
  }

  /** Requests by due date, optionally of one status and/or due on or before a date; `today` fixes the status clock. */
  requests(status: RequestStatus | null, dueBefore: string | null, today = todayUtc()): Promise<PrivacyRequest[]> {
    return this.graph.read(async (tx) => {
      const out: PrivacyRequest[] = [];
      for (const view of await this.legal.requests(tx)) {
        if (dueBefore && view.dueOn > dueBefore) continue;
        const request = await this.toRequest(tx, view, today);
        if (!status || request.status === status) out.push(request);
      }
      return out;
    });
  }
}
