/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment DisclosureFields on Disclosure {\n    id\n    use\n    validFrom\n    validTo\n    recipient {\n      id\n      name\n      class\n    }\n    categories {\n      id\n      name\n    }\n    segments {\n      id\n      name\n    }\n    purposes {\n      id\n      name\n    }\n    systems {\n      id\n      name\n    }\n  }\n": typeof types.DisclosureFieldsFragmentDoc,
    "\n  fragment RecipientFields on Recipient {\n    id\n    name\n    class\n    legalName\n    address\n    country\n    natureOfBusiness\n    productsMarketed\n    agreementSignedOn\n  }\n": typeof types.RecipientFieldsFragmentDoc,
    "\n  fragment SubprocessorChangeFields on SubprocessorChange {\n    processor {\n      id\n      name\n    }\n    subprocessor {\n      id\n      name\n    }\n    noticeOn\n    effectiveOn\n    objectionDeadline\n    shortNotice\n    objectedOn\n  }\n": typeof types.SubprocessorChangeFieldsFragmentDoc,
    "\n  query AuditLog($from: Date, $to: Date, $actor: String, $limit: Int) {\n    auditLog(from: $from, to: $to, actor: $actor, limit: $limit) {\n      id\n      at\n      actor\n      role\n      operation\n      targetIds\n      outcome\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Me {\n    me {\n      name\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  query SignInProbe {\n    recipients {\n      id\n    }\n  }\n": typeof types.SignInProbeDocument,
    "\n  fragment CcpaCategoryFields on CcpaCategoryInfo {\n    code\n    label\n    citation\n  }\n": typeof types.CcpaCategoryFieldsFragmentDoc,
    "\n  query CcpaRightToKnow($person: PersonRef, $asOf: Date) {\n    ccpaRightToKnow(person: $person, asOf: $asOf) {\n      person {\n        id\n        display\n        californiaResident\n      }\n      periodStart\n      periodEnd\n      categoriesCollected {\n        ...CcpaCategoryFields\n      }\n      sourceCategories {\n        kind\n        label\n        sources\n      }\n      purposes {\n        id\n        name\n        description\n      }\n      soldOrShared {\n        category {\n          ...CcpaCategoryFields\n        }\n        sold\n        shared\n        thirdPartyCategories\n      }\n      disclosedForBusinessPurpose {\n        category {\n          ...CcpaCategoryFields\n        }\n        recipientCategories\n      }\n    }\n  }\n": typeof types.CcpaRightToKnowDocument,
    "\n  query BreachImpact($input: BreachInput!) {\n    breachImpact(input: $input) {\n      peopleAffected\n      californiaResidents\n      californiaNotices\n      attorneyGeneralSampleRequired\n      californiaNoticeDueOn\n      supervisoryAuthorityDueOn\n      categories {\n        category {\n          id\n          name\n        }\n        people\n      }\n    }\n  }\n": typeof types.BreachImpactDocument,
    "\n  query BreachPeople($input: BreachInput!, $first: Int!, $after: String) {\n    breachImpact(input: $input) {\n      people(first: $first, after: $after) {\n        items {\n          person {\n            id\n            display\n            californiaResident\n          }\n          categories {\n            id\n            name\n          }\n          californiaNotice\n        }\n        nextCursor\n      }\n    }\n  }\n": typeof types.BreachPeopleDocument,
    "\n  query BreachTargets {\n    recipients {\n      id\n      name\n      class\n    }\n    systems {\n      id\n      name\n    }\n    categories {\n      id\n      parentId\n      breachElements\n    }\n  }\n": typeof types.BreachTargetsDocument,
    "\n  query DataMap($asOf: Date, $recipientClasses: [RecipientClass!], $categoryIds: [ID!], $purposeIds: [ID!], $grouping: MapGroupingInput) {\n    dataMap(asOf: $asOf, recipientClasses: $recipientClasses, categoryIds: $categoryIds, purposeIds: $purposeIds, grouping: $grouping) {\n      grouped\n      focus\n      totalNodes\n      nodes {\n        id\n        kind\n        label\n        group\n        count\n        memberKind\n        shown\n        parent\n      }\n      edges {\n        id\n        source\n        target\n        kind\n        label\n        flowId\n        flowKind\n        flows\n      }\n    }\n  }\n": typeof types.DataMapDocument,
    "\n  query MapOptions {\n    categories {\n      id\n      name\n      parentId\n    }\n    purposes {\n      id\n      name\n    }\n    disclosures {\n      id\n      validFrom\n      validTo\n    }\n    recipients {\n      id\n      name\n    }\n  }\n": typeof types.MapOptionsDocument,
    "\n  query MapDetails($asOf: Date) {\n    disclosures(asOf: $asOf) {\n      ...DisclosureFields\n      policyClauses {\n        id\n        section\n        title\n      }\n    }\n    collections(asOf: $asOf) {\n      id\n      validFrom\n      validTo\n      source {\n        id\n        name\n        kind\n      }\n      categories {\n        id\n        name\n      }\n      segments {\n        id\n        name\n      }\n      purposes {\n        id\n        name\n      }\n      systems {\n        id\n        name\n      }\n    }\n    recipients {\n      ...RecipientFields\n    }\n    categories {\n      id\n      name\n      description\n      sensitive\n      shineTheLight\n      parentId\n    }\n    systems {\n      id\n      name\n      owner\n      country\n    }\n  }\n": typeof types.MapDetailsDocument,
    "\n  fragment PolicyClauseFields on PolicyClause {\n    id\n    section\n    title\n  }\n": typeof types.PolicyClauseFieldsFragmentDoc,
    "\n  fragment CoverageFlowFields on CoverageFlow {\n    kind\n    id\n    description\n  }\n": typeof types.CoverageFlowFieldsFragmentDoc,
    "\n  query PolicyCoverage($asOf: Date) {\n    policyCoverage(asOf: $asOf) {\n      asOf\n      uncoveredFlows {\n        ...CoverageFlowFields\n      }\n      idleClauses {\n        ...PolicyClauseFields\n      }\n      mismatches {\n        clause {\n          ...PolicyClauseFields\n        }\n        kind\n        value\n        flows {\n          ...CoverageFlowFields\n        }\n      }\n      clauses {\n        clause {\n          ...PolicyClauseFields\n        }\n        declaredRecipientClasses\n        declaredUses\n        flows {\n          ...CoverageFlowFields\n        }\n        ok\n      }\n    }\n  }\n": typeof types.PolicyCoverageDocument,
    "\n  query RegistryRecipients($class: RecipientClass) {\n    recipients(class: $class) {\n      ...RecipientFields\n    }\n  }\n": typeof types.RegistryRecipientsDocument,
    "\n  query RegistryCategories {\n    categories {\n      id\n      name\n      description\n      sensitive\n      breachElements\n      shineTheLight\n      ccpa\n      parentId\n    }\n  }\n": typeof types.RegistryCategoriesDocument,
    "\n  query RegistryPurposes {\n    purposes {\n      id\n      name\n      description\n      directMarketing\n      targetedAdvertising\n    }\n  }\n": typeof types.RegistryPurposesDocument,
    "\n  query RegistrySources {\n    sources {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.RegistrySourcesDocument,
    "\n  query RegistrySegments {\n    segments {\n      id\n      name\n      description\n    }\n  }\n": typeof types.RegistrySegmentsDocument,
    "\n  query RegistrySystems {\n    systems {\n      id\n      name\n      owner\n      country\n    }\n  }\n": typeof types.RegistrySystemsDocument,
    "\n  query RegistryDisclosures {\n    disclosures {\n      ...DisclosureFields\n    }\n  }\n": typeof types.RegistryDisclosuresDocument,
    "\n  query RegistryFormOptions {\n    categories {\n      id\n      name\n      parentId\n    }\n    purposes {\n      id\n      name\n    }\n    segments {\n      id\n      name\n    }\n    systems {\n      id\n      name\n    }\n    recipients {\n      id\n      name\n      class\n    }\n    policyClauses {\n      id\n      section\n      title\n    }\n  }\n": typeof types.RegistryFormOptionsDocument,
    "\n  mutation RegisterProcessor($input: ProcessorInput!) {\n    registerProcessor(input: $input) {\n      id\n      name\n      class\n    }\n  }\n": typeof types.RegisterProcessorDocument,
    "\n  mutation RegisterRecipient($input: RecipientInput!) {\n    registerRecipient(input: $input) {\n      id\n      name\n      class\n    }\n  }\n": typeof types.RegisterRecipientDocument,
    "\n  mutation AddDisclosure($input: DisclosureInput!) {\n    addDisclosure(input: $input) {\n      id\n      recipient {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddDisclosureDocument,
    "\n  mutation SetBreachElements($input: CategoryInput!) {\n    upsertCategory(input: $input) {\n      id\n      name\n      breachElements\n    }\n  }\n": typeof types.SetBreachElementsDocument,
    "\n  query ShineTheLight($year: Int!, $person: PersonRef) {\n    shineTheLightReport(year: $year, person: $person) {\n      year\n      periodStart\n      periodEnd\n      person {\n        id\n        display\n        californiaResident\n      }\n      categories {\n        code\n        label\n      }\n      thirdParties {\n        recipient {\n          id\n          class\n        }\n        name\n        address\n        natureOfBusiness\n        productsMarketed\n        categories {\n          code\n          label\n        }\n      }\n      notices\n    }\n  }\n": typeof types.ShineTheLightDocument,
    "\n  query Organization {\n    organization {\n      name\n      contactEmail\n      address\n      requestChannels\n    }\n  }\n": typeof types.OrganizationDocument,
    "\n  query QueryFields {\n    __type(name: \"Query\") {\n      fields {\n        name\n      }\n    }\n  }\n": typeof types.QueryFieldsDocument,
    "\n  fragment PrivacyRequestFields on PrivacyRequest {\n    id\n    kind\n    receivedOn\n    channel\n    dueOn\n    designatedChannel\n    extensions\n    repeatInYear\n    respondedOn\n    documentRef\n    status\n    person {\n      id\n      display\n    }\n  }\n": typeof types.PrivacyRequestFieldsFragmentDoc,
    "\n  query Requests {\n    requests {\n      ...PrivacyRequestFields\n    }\n  }\n": typeof types.RequestsDocument,
    "\n  mutation RecordRequest($input: RequestInput!) {\n    recordRequest(input: $input) {\n      ...PrivacyRequestFields\n    }\n  }\n": typeof types.RecordRequestDocument,
    "\n  mutation RespondToRequest($id: ID!, $respondedOn: Date!, $documentRef: String) {\n    respondToRequest(id: $id, respondedOn: $respondedOn, documentRef: $documentRef) {\n      ...PrivacyRequestFields\n    }\n  }\n": typeof types.RespondToRequestDocument,
    "\n  mutation ExtendRequest($id: ID!) {\n    extendRequest(id: $id) {\n      ...PrivacyRequestFields\n    }\n  }\n": typeof types.ExtendRequestDocument,
    "\n  query PropagationPlan($requestId: ID!) {\n    propagationPlan(requestId: $requestId) {\n      complete\n      excluded {\n        id\n        name\n      }\n      rows {\n        ...PropagationRowFields\n      }\n    }\n  }\n  fragment PropagationRowFields on PropagationRow {\n    recipient {\n      id\n      name\n    }\n    bases\n    evidence\n    categories {\n      id\n      name\n    }\n    lastOn\n    dueOn\n    status\n    sentOn\n    confirmedOn\n    explanation\n  }\n": typeof types.PropagationPlanDocument,
    "\n  mutation UpdatePropagation($input: PropagationUpdate!) {\n    updatePropagation(input: $input) {\n      ...PropagationRowFields\n    }\n  }\n": typeof types.UpdatePropagationDocument,
    "\n  query RequestDetails($id: ID!) {\n    request(id: $id) {\n      ...PrivacyRequestFields\n      inaccurate\n      frozenReport {\n        year\n        thirdParties {\n          name\n        }\n      }\n    }\n  }\n": typeof types.RequestDetailsDocument,
    "\n  query Reappearances($from: Date, $to: Date) {\n    reappearances(from: $from, to: $to) {\n      person {\n        id\n        display\n      }\n      request {\n        id\n        kind\n        respondedOn\n      }\n      transfer {\n        id\n        occurredOn\n        recipient {\n          id\n          name\n        }\n        categories {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ReappearancesDocument,
    "\n  query RiskAssessments($asOf: Date) {\n    riskAssessments(asOf: $asOf) {\n      ...RiskAssessmentFields\n    }\n  }\n  fragment RiskAssessmentFields on RiskAssessmentItem {\n    flowId\n    flowKind\n    description\n    validFrom\n    reasons\n    dueOn\n    assessedOn\n    documentRef\n    status\n  }\n": typeof types.RiskAssessmentsDocument,
    "\n  mutation RecordRiskAssessment($flowId: ID!, $assessedOn: Date!, $documentRef: String) {\n    recordRiskAssessment(flowId: $flowId, assessedOn: $assessedOn, documentRef: $documentRef) {\n      ...RiskAssessmentFields\n    }\n  }\n": typeof types.RecordRiskAssessmentDocument,
    "\n  query SubprocessorChanges($processorId: ID) {\n    subprocessorChanges(processorId: $processorId) {\n      ...SubprocessorChangeFields\n    }\n  }\n": typeof types.SubprocessorChangesDocument,
    "\n  query SubprocessorRecipients {\n    recipients {\n      id\n      name\n      class\n    }\n  }\n": typeof types.SubprocessorRecipientsDocument,
    "\n  mutation RecordSubprocessorChange($input: SubprocessorChangeInput!) {\n    recordSubprocessorChange(input: $input) {\n      ...SubprocessorChangeFields\n    }\n  }\n": typeof types.RecordSubprocessorChangeDocument,
    "\n  mutation ObjectToSubprocessor($processorId: ID!, $subprocessorId: ID!, $on: Date!) {\n    objectToSubprocessor(processorId: $processorId, subprocessorId: $subprocessorId, on: $on) {\n      ...SubprocessorChangeFields\n    }\n  }\n": typeof types.ObjectToSubprocessorDocument,
    "\n  query UndeclaredTransfers($from: Date, $to: Date) {\n    undeclaredTransfers(from: $from, to: $to) {\n      transfer {\n        id\n        occurredOn\n        use\n        recipient {\n          id\n          name\n        }\n        categories {\n          id\n          name\n        }\n        purposes {\n          id\n          name\n        }\n      }\n      reasons\n      uncoveredCategories {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UndeclaredTransfersDocument,
    "\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n  }\n  fragment WebhookFields on Webhook {\n    id\n    url\n    events\n    createdOn\n  }\n": typeof types.WebhooksDocument,
    "\n  query WebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId) {\n      id\n      event\n      attempts\n      lastStatus\n      delivered\n      occurredAt\n      lastAttemptAt\n      nextAttemptAt\n      gaveUp\n      lastError\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n": typeof types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteWebhookDocument,
    "\n  query WhoReceived($person: PersonRef!, $from: Date, $to: Date) {\n    whoReceived(person: $person, from: $from, to: $to) {\n      person {\n        id\n        display\n        californiaResident\n      }\n      from\n      to\n      recipients {\n        recipient {\n          id\n          name\n          class\n        }\n        categories {\n          id\n          name\n        }\n        purposes {\n          id\n          name\n        }\n        uses\n        evidence\n        firstOn\n        lastOn\n        optOutViolations {\n          id\n          occurredOn\n          use\n          recipient {\n            id\n            name\n          }\n          categories {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.WhoReceivedDocument,
};
const documents: Documents = {
    "\n  fragment DisclosureFields on Disclosure {\n    id\n    use\n    validFrom\n    validTo\n    recipient {\n      id\n      name\n      class\n    }\n    categories {\n      id\n      name\n    }\n    segments {\n      id\n      name\n    }\n    purposes {\n      id\n      name\n    }\n    systems {\n      id\n      name\n    }\n  }\n": types.DisclosureFieldsFragmentDoc,
    "\n  fragment RecipientFields on Recipient {\n    id\n    name\n    class\n    legalName\n    address\n    country\n    natureOfBusiness\n    productsMarketed\n    agreementSignedOn\n  }\n": types.RecipientFieldsFragmentDoc,
    "\n  fragment SubprocessorChangeFields on SubprocessorChange {\n    processor {\n      id\n      name\n    }\n    subprocessor {\n      id\n      name\n    }\n    noticeOn\n    effectiveOn\n    objectionDeadline\n    shortNotice\n    objectedOn\n  }\n": types.SubprocessorChangeFieldsFragmentDoc,
    "\n  query AuditLog($from: Date, $to: Date, $actor: String, $limit: Int) {\n    auditLog(from: $from, to: $to, actor: $actor, limit: $limit) {\n      id\n      at\n      actor\n      role\n      operation\n      targetIds\n      outcome\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Me {\n    me {\n      name\n      role\n    }\n  }\n": types.MeDocument,
    "\n  query SignInProbe {\n    recipients {\n      id\n    }\n  }\n": types.SignInProbeDocument,
    "\n  fragment CcpaCategoryFields on CcpaCategoryInfo {\n    code\n    label\n    citation\n  }\n": types.CcpaCategoryFieldsFragmentDoc,
    "\n  query CcpaRightToKnow($person: PersonRef, $asOf: Date) {\n    ccpaRightToKnow(person: $person, asOf: $asOf) {\n      person {\n        id\n        display\n        californiaResident\n      }\n      periodStart\n      periodEnd\n      categoriesCollected {\n        ...CcpaCategoryFields\n      }\n      sourceCategories {\n        kind\n        label\n        sources\n      }\n      purposes {\n        id\n        name\n        description\n      }\n      soldOrShared {\n        category {\n          ...CcpaCategoryFields\n        }\n        sold\n        shared\n        thirdPartyCategories\n      }\n      disclosedForBusinessPurpose {\n        category {\n          ...CcpaCategoryFields\n        }\n        recipientCategories\n      }\n    }\n  }\n": types.CcpaRightToKnowDocument,
    "\n  query BreachImpact($input: BreachInput!) {\n    breachImpact(input: $input) {\n      peopleAffected\n      californiaResidents\n      californiaNotices\n      attorneyGeneralSampleRequired\n      californiaNoticeDueOn\n      supervisoryAuthorityDueOn\n      categories {\n        category {\n          id\n          name\n        }\n        people\n      }\n    }\n  }\n": types.BreachImpactDocument,
    "\n  query BreachPeople($input: BreachInput!, $first: Int!, $after: String) {\n    breachImpact(input: $input) {\n      people(first: $first, after: $after) {\n        items {\n          person {\n            id\n            display\n            californiaResident\n          }\n          categories {\n            id\n            name\n          }\n          californiaNotice\n        }\n        nextCursor\n      }\n    }\n  }\n": types.BreachPeopleDocument,
    "\n  query BreachTargets {\n    recipients {\n      id\n      name\n      class\n    }\n    systems {\n      id\n      name\n    }\n    categories {\n      id\n      parentId\n      breachElements\n    }\n  }\n": types.BreachTargetsDocument,
    "\n  query DataMap($asOf: Date, $recipientClasses: [RecipientClass!], $categoryIds: [ID!], $purposeIds: [ID!], $grouping: MapGroupingInput) {\n    dataMap(asOf: $asOf, recipientClasses: $recipientClasses, categoryIds: $categoryIds, purposeIds: $purposeIds, grouping: $grouping) {\n      grouped\n      focus\n      totalNodes\n      nodes {\n        id\n        kind\n        label\n        group\n        count\n        memberKind\n        shown\n        parent\n      }\n      edges {\n        id\n        source\n        target\n        kind\n        label\n        flowId\n        flowKind\n        flows\n      }\n    }\n  }\n": types.DataMapDocument,
    "\n  query MapOptions {\n    categories {\n      id\n      name\n      parentId\n    }\n    purposes {\n      id\n      name\n    }\n    disclosures {\n      id\n      validFrom\n      validTo\n    }\n    recipients {\n      id\n      name\n    }\n  }\n": types.MapOptionsDocument,
    "\n  query MapDetails($asOf: Date) {\n    disclosures(asOf: $asOf) {\n      ...DisclosureFields\n      policyClauses {\n        id\n        section\n        title\n      }\n    }\n    collections(asOf: $asOf) {\n      id\n      validFrom\n      validTo\n      source {\n        id\n        name\n        kind\n      }\n      categories {\n        id\n        name\n      }\n      segments {\n        id\n        name\n      }\n      purposes {\n        id\n        name\n      }\n      systems {\n        id\n        name\n      }\n    }\n    recipients {\n      ...RecipientFields\n    }\n    categories {\n      id\n      name\n      description\n      sensitive\n      shineTheLight\n      parentId\n    }\n    systems {\n      id\n      name\n      owner\n      country\n    }\n  }\n": types.MapDetailsDocument,
    "\n  fragment PolicyClauseFields on PolicyClause {\n    id\n    section\n    title\n  }\n": types.PolicyClauseFieldsFragmentDoc,
    "\n  fragment CoverageFlowFields on CoverageFlow {\n    kind\n    id\n    description\n  }\n": types.CoverageFlowFieldsFragmentDoc,
    "\n  query PolicyCoverage($asOf: Date) {\n    policyCoverage(asOf: $asOf) {\n      asOf\n      uncoveredFlows {\n        ...CoverageFlowFields\n      }\n      idleClauses {\n        ...PolicyClauseFields\n      }\n      mismatches {\n        clause {\n          ...PolicyClauseFields\n        }\n        kind\n        value\n        flows {\n          ...CoverageFlowFields\n        }\n      }\n      clauses {\n        clause {\n          ...PolicyClauseFields\n        }\n        declaredRecipientClasses\n        declaredUses\n        flows {\n          ...CoverageFlowFields\n        }\n        ok\n      }\n    }\n  }\n": types.PolicyCoverageDocument,
    "\n  query RegistryRecipients($class: RecipientClass) {\n    recipients(class: $class) {\n      ...RecipientFields\n    }\n  }\n": types.RegistryRecipientsDocument,
    "\n  query RegistryCategories {\n    categories {\n      id\n      name\n      description\n      sensitive\n      breachElements\n      shineTheLight\n      ccpa\n      parentId\n    }\n  }\n": types.RegistryCategoriesDocument,
    "\n  query RegistryPurposes {\n    purposes {\n      id\n      name\n      description\n      directMarketing\n      targetedAdvertising\n    }\n  }\n": types.RegistryPurposesDocument,
    "\n  query RegistrySources {\n    sources {\n      id\n      name\n      kind\n    }\n  }\n": types.RegistrySourcesDocument,
    "\n  query RegistrySegments {\n    segments {\n      id\n      name\n      description\n    }\n  }\n": types.RegistrySegmentsDocument,
    "\n  query RegistrySystems {\n    systems {\n      id\n      name\n      owner\n      country\n    }\n  }\n": types.RegistrySystemsDocument,
    "\n  query RegistryDisclosures {\n    disclosures {\n      ...DisclosureFields\n    }\n  }\n": types.RegistryDisclosuresDocument,
    "\n  query RegistryFormOptions {\n    categories {\n      id\n      name\n      parentId\n    }\n    purposes {\n      id\n      name\n    }\n    segments {\n      id\n      name\n    }\n    systems {\n      id\n      name\n    }\n    recipients {\n      id\n      name\n      class\n    }\n    policyClauses {\n      id\n      section\n      title\n    }\n  }\n": types.RegistryFormOptionsDocument,
    "\n  mutation RegisterProcessor($input: ProcessorInput!) {\n    registerProcessor(input: $input) {\n      id\n      name\n      class\n    }\n  }\n": types.RegisterProcessorDocument,
    "\n  mutation RegisterRecipient($input: RecipientInput!) {\n    registerRecipient(input: $input) {\n      id\n      name\n      class\n    }\n  }\n": types.RegisterRecipientDocument,
    "\n  mutation AddDisclosure($input: DisclosureInput!) {\n    addDisclosure(input: $input) {\n      id\n      recipient {\n        id\n        name\n      }\n    }\n  }\n": types.AddDisclosureDocument,
    "\n  mutation SetBreachElements($input: CategoryInput!) {\n    upsertCategory(input: $input) {\n      id\n      name\n      breachElements\n    }\n  }\n": types.SetBreachElementsDocument,
    "\n  query ShineTheLight($year: Int!, $person: PersonRef) {\n    shineTheLightReport(year: $year, person: $person) {\n      year\n      periodStart\n      periodEnd\n      person {\n        id\n        display\n        californiaResident\n      }\n      categories {\n        code\n        label\n      }\n      thirdParties {\n        recipient {\n          id\n          class\n        }\n        name\n        address\n        natureOfBusiness\n        productsMarketed\n        categories {\n          code\n          label\n        }\n      }\n      notices\n    }\n  }\n": types.ShineTheLightDocument,
    "\n  query Organization {\n    organization {\n      name\n      contactEmail\n      address\n      requestChannels\n    }\n  }\n": types.OrganizationDocument,
    "\n  query QueryFields {\n    __type(name: \"Query\") {\n      fields {\n        name\n      }\n    }\n  }\n": types.QueryFieldsDocument,
    "\n  fragment PrivacyRequestFields on PrivacyRequest {\n    id\n    kind\n    receivedOn\n    channel\n    dueOn\n    designatedChannel\n    extensions\n    repeatInYear\n    respondedOn\n    documentRef\n    status\n    person {\n      id\n      display\n    }\n  }\n": types.PrivacyRequestFieldsFragmentDoc,
    "\n  query Requests {\n    requests {\n      ...PrivacyRequestFields\n    }\n  }\n": types.RequestsDocument,
    "\n  mutation RecordRequest($input: RequestInput!) {\n    recordRequest(input: $input) {\n      ...PrivacyRequestFields\n    }\n  }\n": types.RecordRequestDocument,
    "\n  mutation RespondToRequest($id: ID!, $respondedOn: Date!, $documentRef: String) {\n    respondToRequest(id: $id, respondedOn: $respondedOn, documentRef: $documentRef) {\n      ...PrivacyRequestFields\n    }\n  }\n": types.RespondToRequestDocument,
    "\n  mutation ExtendRequest($id: ID!) {\n    extendRequest(id: $id) {\n      ...PrivacyRequestFields\n    }\n  }\n": types.ExtendRequestDocument,
    "\n  query PropagationPlan($requestId: ID!) {\n    propagationPlan(requestId: $requestId) {\n      complete\n      excluded {\n        id\n        name\n      }\n      rows {\n        ...PropagationRowFields\n      }\n    }\n  }\n  fragment PropagationRowFields on PropagationRow {\n    recipient {\n      id\n      name\n    }\n    bases\n    evidence\n    categories {\n      id\n      name\n    }\n    lastOn\n    dueOn\n    status\n    sentOn\n    confirmedOn\n    explanation\n  }\n": types.PropagationPlanDocument,
    "\n  mutation UpdatePropagation($input: PropagationUpdate!) {\n    updatePropagation(input: $input) {\n      ...PropagationRowFields\n    }\n  }\n": types.UpdatePropagationDocument,
    "\n  query RequestDetails($id: ID!) {\n    request(id: $id) {\n      ...PrivacyRequestFields\n      inaccurate\n      frozenReport {\n        year\n        thirdParties {\n          name\n        }\n      }\n    }\n  }\n": types.RequestDetailsDocument,
    "\n  query Reappearances($from: Date, $to: Date) {\n    reappearances(from: $from, to: $to) {\n      person {\n        id\n        display\n      }\n      request {\n        id\n        kind\n        respondedOn\n      }\n      transfer {\n        id\n        occurredOn\n        recipient {\n          id\n          name\n        }\n        categories {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ReappearancesDocument,
    "\n  query RiskAssessments($asOf: Date) {\n    riskAssessments(asOf: $asOf) {\n      ...RiskAssessmentFields\n    }\n  }\n  fragment RiskAssessmentFields on RiskAssessmentItem {\n    flowId\n    flowKind\n    description\n    validFrom\n    reasons\n    dueOn\n    assessedOn\n    documentRef\n    status\n  }\n": types.RiskAssessmentsDocument,
    "\n  mutation RecordRiskAssessment($flowId: ID!, $assessedOn: Date!, $documentRef: String) {\n    recordRiskAssessment(flowId: $flowId, assessedOn: $assessedOn, documentRef: $documentRef) {\n      ...RiskAssessmentFields\n    }\n  }\n": types.RecordRiskAssessmentDocument,
    "\n  query SubprocessorChanges($processorId: ID) {\n    subprocessorChanges(processorId: $processorId) {\n      ...SubprocessorChangeFields\n    }\n  }\n": types.SubprocessorChangesDocument,
    "\n  query SubprocessorRecipients {\n    recipients {\n      id\n      name\n      class\n    }\n  }\n": types.SubprocessorRecipientsDocument,
    "\n  mutation RecordSubprocessorChange($input: SubprocessorChangeInput!) {\n    recordSubprocessorChange(input: $input) {\n      ...SubprocessorChangeFields\n    }\n  }\n": types.RecordSubprocessorChangeDocument,
    "\n  mutation ObjectToSubprocessor($processorId: ID!, $subprocessorId: ID!, $on: Date!) {\n    objectToSubprocessor(processorId: $processorId, subprocessorId: $subprocessorId, on: $on) {\n      ...SubprocessorChangeFields\n    }\n  }\n": types.ObjectToSubprocessorDocument,
    "\n  query UndeclaredTransfers($from: Date, $to: Date) {\n    undeclaredTransfers(from: $from, to: $to) {\n      transfer {\n        id\n        occurredOn\n        use\n        recipient {\n          id\n          name\n        }\n        categories {\n          id\n          name\n        }\n        purposes {\n          id\n          name\n        }\n      }\n      reasons\n      uncoveredCategories {\n        id\n        name\n      }\n    }\n  }\n": types.UndeclaredTransfersDocument,
    "\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n  }\n  fragment WebhookFields on Webhook {\n    id\n    url\n    events\n    createdOn\n  }\n": types.WebhooksDocument,
    "\n  query WebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId) {\n      id\n      event\n      attempts\n      lastStatus\n      delivered\n      occurredAt\n      lastAttemptAt\n      nextAttemptAt\n      gaveUp\n      lastError\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n": types.CreateWebhookDocument,
    "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) {\n      id\n    }\n  }\n": types.DeleteWebhookDocument,
    "\n  query WhoReceived($person: PersonRef!, $from: Date, $to: Date) {\n    whoReceived(person: $person, from: $from, to: $to) {\n      person {\n        id\n        display\n        californiaResident\n      }\n      from\n      to\n      recipients {\n        recipient {\n          id\n          name\n          class\n        }\n        categories {\n          id\n          name\n        }\n        purposes {\n          id\n          name\n        }\n        uses\n        evidence\n        firstOn\n        lastOn\n        optOutViolations {\n          id\n          occurredOn\n          use\n          recipient {\n            id\n            name\n          }\n          categories {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.WhoReceivedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DisclosureFields on Disclosure {\n    id\n    use\n    validFrom\n    validTo\n    recipient {\n      id\n      name\n      class\n    }\n    categories {\n      id\n      name\n    }\n    segments {\n      id\n      name\n    }\n    purposes {\n      id\n      name\n    }\n    systems {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').DisclosureFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RecipientFields on Recipient {\n    id\n    name\n    class\n    legalName\n    address\n    country\n    natureOfBusiness\n    productsMarketed\n    agreementSignedOn\n  }\n"): typeof import('./graphql').RecipientFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SubprocessorChangeFields on SubprocessorChange {\n    processor {\n      id\n      name\n    }\n    subprocessor {\n      id\n      name\n    }\n    noticeOn\n    effectiveOn\n    objectionDeadline\n    shortNotice\n    objectedOn\n  }\n"): typeof import('./graphql').SubprocessorChangeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($from: Date, $to: Date, $actor: String, $limit: Int) {\n    auditLog(from: $from, to: $to, actor: $actor, limit: $limit) {\n      id\n      at\n      actor\n      role\n      operation\n      targetIds\n      outcome\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      name\n      role\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInProbe {\n    recipients {\n      id\n    }\n  }\n"): typeof import('./graphql').SignInProbeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CcpaCategoryFields on CcpaCategoryInfo {\n    code\n    label\n    citation\n  }\n"): typeof import('./graphql').CcpaCategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CcpaRightToKnow($person: PersonRef, $asOf: Date) {\n    ccpaRightToKnow(person: $person, asOf: $asOf) {\n      person {\n        id\n        display\n        californiaResident\n      }\n      periodStart\n      periodEnd\n      categoriesCollected {\n        ...CcpaCategoryFields\n      }\n      sourceCategories {\n        kind\n        label\n        sources\n      }\n      purposes {\n        id\n        name\n        description\n      }\n      soldOrShared {\n        category {\n          ...CcpaCategoryFields\n        }\n        sold\n        shared\n        thirdPartyCategories\n      }\n      disclosedForBusinessPurpose {\n        category {\n          ...CcpaCategoryFields\n        }\n        recipientCategories\n      }\n    }\n  }\n"): typeof import('./graphql').CcpaRightToKnowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BreachImpact($input: BreachInput!) {\n    breachImpact(input: $input) {\n      peopleAffected\n      californiaResidents\n      californiaNotices\n      attorneyGeneralSampleRequired\n      californiaNoticeDueOn\n      supervisoryAuthorityDueOn\n      categories {\n        category {\n          id\n          name\n        }\n        people\n      }\n    }\n  }\n"): typeof import('./graphql').BreachImpactDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BreachPeople($input: BreachInput!, $first: Int!, $after: String) {\n    breachImpact(input: $input) {\n      people(first: $first, after: $after) {\n        items {\n          person {\n            id\n            display\n            californiaResident\n          }\n          categories {\n            id\n            name\n          }\n          californiaNotice\n        }\n        nextCursor\n      }\n    }\n  }\n"): typeof import('./graphql').BreachPeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BreachTargets {\n    recipients {\n      id\n      name\n      class\n    }\n    systems {\n      id\n      name\n    }\n    categories {\n      id\n      parentId\n      breachElements\n    }\n  }\n"): typeof import('./graphql').BreachTargetsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataMap($asOf: Date, $recipientClasses: [RecipientClass!], $categoryIds: [ID!], $purposeIds: [ID!], $grouping: MapGroupingInput) {\n    dataMap(asOf: $asOf, recipientClasses: $recipientClasses, categoryIds: $categoryIds, purposeIds: $purposeIds, grouping: $grouping) {\n      grouped\n      focus\n      totalNodes\n      nodes {\n        id\n        kind\n        label\n        group\n        count\n        memberKind\n        shown\n        parent\n      }\n      edges {\n        id\n        source\n        target\n        kind\n        label\n        flowId\n        flowKind\n        flows\n      }\n    }\n  }\n"): typeof import('./graphql').DataMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapOptions {\n    categories {\n      id\n      name\n      parentId\n    }\n    purposes {\n      id\n      name\n    }\n    disclosures {\n      id\n      validFrom\n      validTo\n    }\n    recipients {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MapOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MapDetails($asOf: Date) {\n    disclosures(asOf: $asOf) {\n      ...DisclosureFields\n      policyClauses {\n        id\n        section\n        title\n      }\n    }\n    collections(asOf: $asOf) {\n      id\n      validFrom\n      validTo\n      source {\n        id\n        name\n        kind\n      }\n      categories {\n        id\n        name\n      }\n      segments {\n        id\n        name\n      }\n      purposes {\n        id\n        name\n      }\n      systems {\n        id\n        name\n      }\n    }\n    recipients {\n      ...RecipientFields\n    }\n    categories {\n      id\n      name\n      description\n      sensitive\n      shineTheLight\n      parentId\n    }\n    systems {\n      id\n      name\n      owner\n      country\n    }\n  }\n"): typeof import('./graphql').MapDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyClauseFields on PolicyClause {\n    id\n    section\n    title\n  }\n"): typeof import('./graphql').PolicyClauseFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageFlowFields on CoverageFlow {\n    kind\n    id\n    description\n  }\n"): typeof import('./graphql').CoverageFlowFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyCoverage($asOf: Date) {\n    policyCoverage(asOf: $asOf) {\n      asOf\n      uncoveredFlows {\n        ...CoverageFlowFields\n      }\n      idleClauses {\n        ...PolicyClauseFields\n      }\n      mismatches {\n        clause {\n          ...PolicyClauseFields\n        }\n        kind\n        value\n        flows {\n          ...CoverageFlowFields\n        }\n      }\n      clauses {\n        clause {\n          ...PolicyClauseFields\n        }\n        declaredRecipientClasses\n        declaredUses\n        flows {\n          ...CoverageFlowFields\n        }\n        ok\n      }\n    }\n  }\n"): typeof import('./graphql').PolicyCoverageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryRecipients($class: RecipientClass) {\n    recipients(class: $class) {\n      ...RecipientFields\n    }\n  }\n"): typeof import('./graphql').RegistryRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryCategories {\n    categories {\n      id\n      name\n      description\n      sensitive\n      breachElements\n      shineTheLight\n      ccpa\n      parentId\n    }\n  }\n"): typeof import('./graphql').RegistryCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryPurposes {\n    purposes {\n      id\n      name\n      description\n      directMarketing\n      targetedAdvertising\n    }\n  }\n"): typeof import('./graphql').RegistryPurposesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrySources {\n    sources {\n      id\n      name\n      kind\n    }\n  }\n"): typeof import('./graphql').RegistrySourcesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrySegments {\n    segments {\n      id\n      name\n      description\n    }\n  }\n"): typeof import('./graphql').RegistrySegmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrySystems {\n    systems {\n      id\n      name\n      owner\n      country\n    }\n  }\n"): typeof import('./graphql').RegistrySystemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryDisclosures {\n    disclosures {\n      ...DisclosureFields\n    }\n  }\n"): typeof import('./graphql').RegistryDisclosuresDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistryFormOptions {\n    categories {\n      id\n      name\n      parentId\n    }\n    purposes {\n      id\n      name\n    }\n    segments {\n      id\n      name\n    }\n    systems {\n      id\n      name\n    }\n    recipients {\n      id\n      name\n      class\n    }\n    policyClauses {\n      id\n      section\n      title\n    }\n  }\n"): typeof import('./graphql').RegistryFormOptionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterProcessor($input: ProcessorInput!) {\n    registerProcessor(input: $input) {\n      id\n      name\n      class\n    }\n  }\n"): typeof import('./graphql').RegisterProcessorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterRecipient($input: RecipientInput!) {\n    registerRecipient(input: $input) {\n      id\n      name\n      class\n    }\n  }\n"): typeof import('./graphql').RegisterRecipientDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDisclosure($input: DisclosureInput!) {\n    addDisclosure(input: $input) {\n      id\n      recipient {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').AddDisclosureDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetBreachElements($input: CategoryInput!) {\n    upsertCategory(input: $input) {\n      id\n      name\n      breachElements\n    }\n  }\n"): typeof import('./graphql').SetBreachElementsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShineTheLight($year: Int!, $person: PersonRef) {\n    shineTheLightReport(year: $year, person: $person) {\n      year\n      periodStart\n      periodEnd\n      person {\n        id\n        display\n        californiaResident\n      }\n      categories {\n        code\n        label\n      }\n      thirdParties {\n        recipient {\n          id\n          class\n        }\n        name\n        address\n        natureOfBusiness\n        productsMarketed\n        categories {\n          code\n          label\n        }\n      }\n      notices\n    }\n  }\n"): typeof import('./graphql').ShineTheLightDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organization {\n    organization {\n      name\n      contactEmail\n      address\n      requestChannels\n    }\n  }\n"): typeof import('./graphql').OrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueryFields {\n    __type(name: \"Query\") {\n      fields {\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').QueryFieldsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PrivacyRequestFields on PrivacyRequest {\n    id\n    kind\n    receivedOn\n    channel\n    dueOn\n    designatedChannel\n    extensions\n    repeatInYear\n    respondedOn\n    documentRef\n    status\n    person {\n      id\n      display\n    }\n  }\n"): typeof import('./graphql').PrivacyRequestFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Requests {\n    requests {\n      ...PrivacyRequestFields\n    }\n  }\n"): typeof import('./graphql').RequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRequest($input: RequestInput!) {\n    recordRequest(input: $input) {\n      ...PrivacyRequestFields\n    }\n  }\n"): typeof import('./graphql').RecordRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToRequest($id: ID!, $respondedOn: Date!, $documentRef: String) {\n    respondToRequest(id: $id, respondedOn: $respondedOn, documentRef: $documentRef) {\n      ...PrivacyRequestFields\n    }\n  }\n"): typeof import('./graphql').RespondToRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExtendRequest($id: ID!) {\n    extendRequest(id: $id) {\n      ...PrivacyRequestFields\n    }\n  }\n"): typeof import('./graphql').ExtendRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PropagationPlan($requestId: ID!) {\n    propagationPlan(requestId: $requestId) {\n      complete\n      excluded {\n        id\n        name\n      }\n      rows {\n        ...PropagationRowFields\n      }\n    }\n  }\n  fragment PropagationRowFields on PropagationRow {\n    recipient {\n      id\n      name\n    }\n    bases\n    evidence\n    categories {\n      id\n      name\n    }\n    lastOn\n    dueOn\n    status\n    sentOn\n    confirmedOn\n    explanation\n  }\n"): typeof import('./graphql').PropagationPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePropagation($input: PropagationUpdate!) {\n    updatePropagation(input: $input) {\n      ...PropagationRowFields\n    }\n  }\n"): typeof import('./graphql').UpdatePropagationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestDetails($id: ID!) {\n    request(id: $id) {\n      ...PrivacyRequestFields\n      inaccurate\n      frozenReport {\n        year\n        thirdParties {\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').RequestDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Reappearances($from: Date, $to: Date) {\n    reappearances(from: $from, to: $to) {\n      person {\n        id\n        display\n      }\n      request {\n        id\n        kind\n        respondedOn\n      }\n      transfer {\n        id\n        occurredOn\n        recipient {\n          id\n          name\n        }\n        categories {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ReappearancesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RiskAssessments($asOf: Date) {\n    riskAssessments(asOf: $asOf) {\n      ...RiskAssessmentFields\n    }\n  }\n  fragment RiskAssessmentFields on RiskAssessmentItem {\n    flowId\n    flowKind\n    description\n    validFrom\n    reasons\n    dueOn\n    assessedOn\n    documentRef\n    status\n  }\n"): typeof import('./graphql').RiskAssessmentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordRiskAssessment($flowId: ID!, $assessedOn: Date!, $documentRef: String) {\n    recordRiskAssessment(flowId: $flowId, assessedOn: $assessedOn, documentRef: $documentRef) {\n      ...RiskAssessmentFields\n    }\n  }\n"): typeof import('./graphql').RecordRiskAssessmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubprocessorChanges($processorId: ID) {\n    subprocessorChanges(processorId: $processorId) {\n      ...SubprocessorChangeFields\n    }\n  }\n"): typeof import('./graphql').SubprocessorChangesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubprocessorRecipients {\n    recipients {\n      id\n      name\n      class\n    }\n  }\n"): typeof import('./graphql').SubprocessorRecipientsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordSubprocessorChange($input: SubprocessorChangeInput!) {\n    recordSubprocessorChange(input: $input) {\n      ...SubprocessorChangeFields\n    }\n  }\n"): typeof import('./graphql').RecordSubprocessorChangeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ObjectToSubprocessor($processorId: ID!, $subprocessorId: ID!, $on: Date!) {\n    objectToSubprocessor(processorId: $processorId, subprocessorId: $subprocessorId, on: $on) {\n      ...SubprocessorChangeFields\n    }\n  }\n"): typeof import('./graphql').ObjectToSubprocessorDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UndeclaredTransfers($from: Date, $to: Date) {\n    undeclaredTransfers(from: $from, to: $to) {\n      transfer {\n        id\n        occurredOn\n        use\n        recipient {\n          id\n          name\n        }\n        categories {\n          id\n          name\n        }\n        purposes {\n          id\n          name\n        }\n      }\n      reasons\n      uncoveredCategories {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').UndeclaredTransfersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Webhooks {\n    webhooks {\n      ...WebhookFields\n    }\n  }\n  fragment WebhookFields on Webhook {\n    id\n    url\n    events\n    createdOn\n  }\n"): typeof import('./graphql').WebhooksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($webhookId: ID!) {\n    webhookDeliveries(webhookId: $webhookId) {\n      id\n      event\n      attempts\n      lastStatus\n      delivered\n      occurredAt\n      lastAttemptAt\n      nextAttemptAt\n      gaveUp\n      lastError\n    }\n  }\n"): typeof import('./graphql').WebhookDeliveriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWebhook($input: WebhookInput!) {\n    createWebhook(input: $input) {\n      secret\n      webhook {\n        ...WebhookFields\n      }\n    }\n  }\n"): typeof import('./graphql').CreateWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWebhook($id: ID!) {\n    deleteWebhook(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').DeleteWebhookDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhoReceived($person: PersonRef!, $from: Date, $to: Date) {\n    whoReceived(person: $person, from: $from, to: $to) {\n      person {\n        id\n        display\n        californiaResident\n      }\n      from\n      to\n      recipients {\n        recipient {\n          id\n          name\n          class\n        }\n        categories {\n          id\n          name\n        }\n        purposes {\n          id\n          name\n        }\n        uses\n        evidence\n        firstOn\n        lastOn\n        optOutViolations {\n          id\n          occurredOn\n          use\n          recipient {\n            id\n            name\n          }\n          categories {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').WhoReceivedDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
