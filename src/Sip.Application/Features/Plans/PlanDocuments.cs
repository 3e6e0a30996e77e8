using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Sip.Application.Abstractions;
using Sip.Application.Pipeline;
using Sip.Domain.Plans;

namespace Sip.Application.Features.Plans;

/// <summary>
/// The plan as <see cref="GetPlan"/> answers it, kept as one row beside the plan and written in the
/// transaction of every change to it (<see cref="PlanDocuments.WriteAsync"/>): the plan is the most
/// read answer of all, and read from its tables it took a round trip for the plan and one for each
/// collection that held anything, where this takes one. It holds the plan's personal data, as the
/// plan's own rows do, and is written anew when the plan is gallrad.
/// </summary>
public sealed class PlanDocument
{
    public Guid PlanId { get; init; }

    /// <summary>The plan's <see cref="SipPlan.Version"/> it was written at; a document of an older version is not read.</summary>
    public int Version { get; set; }

    /// <summary>The shape of <see cref="PlanDetail"/> it was written in (<see cref="PlanDocuments.Shape"/>); one from an earlier release is not read.</summary>
    public int Shape { get; set; }

    /// <summary>The <see cref="PlanDetail"/> as JSON.</summary>
    public required string Content { get; set; }
}

/// <summary>
/// Keeps <see cref="PlanDocument"/> equal to the plan it stands for. A document is read only when its
/// version is the plan's and its shape this release's, so one left behind (a plan written past the
/// application, a unit renamed, a rolling upgrade) is never shown: the plan is then read from its
/// tables, and the nightly repair writes the document anew. PlanDocumentTests hold the document to
/// the plan after changes of every kind, on both providers.
/// </summary>
public static class PlanDocuments
{
    /// <summary>How many plans <see cref="RepairAsync"/> writes at a time.</summary>
    private const int Batch = 500;

    /// <summary>
    /// A number that changes whenever <see cref="PlanDetail"/> or a type in it gains, loses or
    /// changes a member, so that no release reads a document written in another's shape.
    /// </summary>
    public static int Shape { get; } = ShapeOf(typeof(PlanDetail));

    private static readonly CompiledPerModel<Func<DbContext, Guid, int, int, IAsyncEnumerable<string>>> ContentAt = new(() => EF.CompileAsyncQuery((DbContext db, Guid id, int version, int shape) =>
        db.Set<PlanDocument>().Where(d => d.PlanId == id && d.Version == version && d.Shape == shape).Select(d => d.Content)));

    private static readonly CompiledPerModel<Func<DbContext, Guid, List<Guid>, int, IAsyncEnumerable<SeenDocument>>> SeenContent = new(context =>
        EF.CompileAsyncQuery(QueryTemplate.Parameterize<Func<DbContext, Guid, List<Guid>, int, IQueryable<SeenDocument>>>(
            SeenContentOf((ISipDbContext)context, Asked.Template), Asked.Template, nameof(Asked.Plan), nameof(Asked.Units), nameof(Asked.Shape))));

    /// <summary>
    /// Whether one of these units may see the plan (<see cref="VisiblePlans.RuleFor"/>) and, if so,
    /// its current document, in one statement; null when there is no such plan. The document is
    /// null where none is current.
    /// </summary>
    public static async Task<(bool Seen, PlanDetail? Detail)?> ReadIfSeenAsync(ISipDbContext db, Guid planId, List<Guid> unitIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var context = (DbContext)db;
        await foreach (var row in SeenContent.For(context)(context, planId, unitIds, Shape).WithCancellation(cancellationToken))
        {
            return (row.Seen, row.Seen && row.Content is { } content ? Deserialize(content) : null);
        }

        return null;
    }

    private static IQueryable<SeenDocument> SeenContentOf(ISipDbContext db, Asked asked)
    {
        var seen = db.Plans.Where(p => p.Id == asked.Plan).Where(VisiblePlans.RuleFor(db, asked.Units));
        return db.Plans.AsSingleQuery().Where(p => p.Id == asked.Plan).Select(p => new SeenDocument
        {
            Seen = seen.Any(),
            Content = db.PlanDocuments.Where(d => d.PlanId == p.Id && d.Version == p.Version && d.Shape == asked.Shape).Select(d => d.Content).FirstOrDefault(),
        });
    }

    /// <summary>
    /// The plan read from its tables, for a plan whose document is not current; the same answer as
    /// its document (PlanDocumentTests compare the two).
    /// </summary>
    public static async Task<PlanDetail?> ReadFromTablesAsync(ISipDbContext db, Guid planId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var plan = await db.Plans.AsNoTracking().Whole().AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        return Of(plan, await NamesAsync(db, [plan], cancellationToken), previous: null, loaded: _ => true);
    }

    /// <summary>
    /// Writes the documents of the plans this save changed. The caller has saved them in a
    /// transaction it still holds, so a concurrent change to one of them waits for this one. A
    /// collection the change did not load (an insats answered loads the insatser alone) is taken from
    /// the plan's document of the version before, when there is one; otherwise it is read.
    /// </summary>
    public static async Task WriteAsync(ISipDbContext db, IReadOnlyCollection<(SipPlan Plan, int? PreviousVersion)> changed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(changed);
        var context = (DbContext)db;
        var added = new List<PlanDocument>();
        foreach (var (plan, previousVersion) in changed)
        {
            var entry = context.Entry(plan);
            var previous = previousVersion is { } version ? await ContentAtAsync(context, plan.Id, version, cancellationToken) : null;
            var unloaded = previousVersion is null ? [] : entry.Collections.Where(c => !c.IsLoaded).ToList();
            if (previous is null)
            {
                foreach (var collection in unloaded)
                {
                    await collection.LoadAsync(cancellationToken);
                }

                unloaded.Clear();
            }

            var names = await NamesAsync(db, [plan], cancellationToken, previous);
            var content = Serialize(Of(plan, names, previous, name => !unloaded.Any(c => c.Metadata.Name == name)));
            var updated = previousVersion is null ? 0 : await db.PlanDocuments.Where(d => d.PlanId == plan.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Version, plan.Version).SetProperty(d => d.Shape, Shape).SetProperty(d => d.Content, content), cancellationToken);
            if (updated == 0)
            {
                added.Add(new PlanDocument { PlanId = plan.Id, Version = plan.Version, Shape = Shape, Content = content });
            }
        }

        await AddAsync(db, added, cancellationToken);
    }

    /// <summary>
    /// Forgets the documents that show one of these units' names, after the units were renamed in
    /// the caller's transaction. The plans' rows are written first, so a change under way to one of
    /// them (which read the old name) commits before the documents go, and the next one reads the new name.
    /// </summary>
    public static async Task ForgetUnitsAsync(ISipDbContext db, IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = unitIds.ToList();
        var plans = db.Plans.Where(p => ids.Contains(p.Origin.InitiatingUnitId)
            || (p.OverallResponsibleUnitId != null && ids.Contains(p.OverallResponsibleUnitId.Value))
            || p.Actions.Any(a => ids.Contains(a.OwningUnitId))
            || (p.FastCareContact != null && ids.Contains(p.FastCareContact.UnitId)));
        await plans.ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), cancellationToken);
        await db.PlanDocuments.Where(d => plans.Any(p => p.Id == d.PlanId)).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// Writes a current document for every plan that lacks one, a batch at a time: each night, for a
    /// plan written past the application or one whose unit was renamed, and after the migration that
    /// brought the documents in. Users may work meanwhile, so the batch's plans are locked first (a
    /// write to each plan's row), unless <paramref name="lockPlans"/> is false: at the migration step,
    /// where no node of this release runs yet and so nothing else writes a document, and where a lock
    /// would rewrite every plan's row once for nothing. Answers how many documents it wrote.
    /// </summary>
    public static async Task<int> RepairAsync(ISipDbContext db, CancellationToken cancellationToken, bool lockPlans = true)
    {
        ArgumentNullException.ThrowIfNull(db);
        var after = Guid.Empty;
        var shape = Shape;
        var written = 0;
        while (true)
        {
            var from = after;
            var batch = await db.Plans.AsNoTracking()
                .Where(p => p.Id.CompareTo(from) > 0 && !db.PlanDocuments.Any(d => d.PlanId == p.Id && d.Version == p.Version && d.Shape == shape))
                .OrderBy(p => p.Id).Select(p => p.Id).Take(Batch).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return written;
            }

            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                if (lockPlans)
                {
                    await db.Plans.Where(p => batch.Contains(p.Id)).ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), cancellationToken);
                }

                var plans = await db.Plans.AsNoTracking().Whole().AsSplitQuery().Where(p => batch.Contains(p.Id)).ToListAsync(cancellationToken);
                var names = await NamesAsync(db, plans, cancellationToken);
                await db.PlanDocuments.Where(d => batch.Contains(d.PlanId)).ExecuteDeleteAsync(cancellationToken);
                await AddAsync(db, [.. plans.Select(p => new PlanDocument { PlanId = p.Id, Version = p.Version, Shape = shape, Content = Serialize(Of(p, names, null, _ => true)) })], cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                written += plans.Count;
            }

            after = batch[^1];
        }
    }

    /// <summary>
    /// The plan as its participants see it, before protected identity is applied. Each collection
    /// the change did not load is taken from <paramref name="previous"/>.
    /// </summary>
    private static PlanDetail Of(SipPlan p, IReadOnlyDictionary<Guid, string> names, PlanDetail? previous, Func<string, bool> loaded)
    {
        // The need is the plan's, so each meeting takes it afresh, kept or not (rule 25).
        var need = p.CommunicationNeed is { } n
            ? new PlanDetail.CommunicationNeedItem(n.InterpreterNeeded, n.Language, n.OtherSupport)
            : null;
        IReadOnlyList<T> Items<TEntity, T>(string collection, IEnumerable<TEntity> entities, Func<TEntity, T> item, Func<PlanDetail, IReadOnlyList<T>?> kept) =>
            loaded(collection) || previous is null ? [.. entities.Select(item)] : kept(previous) ?? [];

        return new PlanDetail(
            p.Id,
            p.ReferenceNumber,
            p.Status,
            p.Person.IdentityNumber?.Value,
            p.Person.FullName,
            p.Person.HasProtectedIdentity,
            p.Person.ChildrenInHousehold,
            p.Reason,
            p.Origin.Kind,
            p.Origin.ExternalCaseReference,
            p.Origin.InitiatingUnitId,
            names.GetValueOrDefault(p.Origin.InitiatingUnitId, string.Empty),
            p.PersonGoals,
            p.OverallResponsibleUnitId,
            p.OverallResponsibleUnitId is { } overall ? names.GetValueOrDefault(overall) : null,
            p.FirstMeetingDueOn,
            p.Placement is not { } h ? null : new PlanDetail.PlacementItem(
                h.DecidedOn, h.StartedOn, h.IsAcute, h.PrecededBySip, h.SipMeetingDueOn, h.CostAllocationDueOn, h.CostAllocationSettledOn,
                h.PlacingOrganizationId, h.ResidentialUnitId, h.LegalBasis, h.Motive, h.MotiveText, h.CareContent, h.MedicalCare,
                h.LvmNotifiedBy, h.LvmNotifiedOn, h.LvmCertificateWrittenAt),
            p.CreatedAt,
            p.UpdatedAt,
            p.Version,
            Items(
                nameof(SipPlan.Participants),
                p.Participants.OrderBy(x => x.InvitedAt).ThenBy(x => x.Id),
                x => new PlanDetail.ParticipantItem(
                    x.Id, x.Kind, x.UnitId, x.DisplayName, x.Relationship, x.State, x.RespondBy, x.DeclineReason, x.Email,
                    x.RedirectReason, x.Mandate),
                d => d.Participants),
            Items(
                nameof(SipPlan.Consents),
                p.Consents.OrderBy(c => c.GivenAt).ThenBy(c => c.Id),
                c => new PlanDetail.ConsentItem(
                    c.Id, c.GivenBy, c.GuardianNames, c.Form, c.GivenAt, [.. c.ScopeOrganizationIds], c.NextOfKinMayTakePart,
                    c.WithdrawnAt, c.SupersededAt, [.. c.ScopeUnitIds], c.RepresentativeName, c.RepresentativeCapacity,
                    c.WithdrawnByName, c.WithdrawnByCapacity),
                d => d.Consents),
            Items(nameof(SipPlan.Needs), p.Needs.OrderBy(n => n.Order), n => n.Description, d => d.Needs),
            Items(nameof(SipPlan.Actions), p.Actions.OrderBy(a => a.ProposedAt).ThenBy(a => a.Id), a => new PlanDetail.ActionItem(
                a.Id, a.ActionTypeCode, a.Principal.ToString(), a.OwningUnitId, names.GetValueOrDefault(a.OwningUnitId, string.Empty),
                a.Description,
                a.StartOn, a.DueOn, a.Status, a.AcceptBy, a.RejectionReason, a.Nature, a.NotExecutedBy, a.ReportedToIvoOn), d => d.Actions),
            [.. Items(
                nameof(SipPlan.Meetings),
                p.Meetings.OrderBy(m => m.StartsAt).ThenBy(m => m.Id),
                m => new PlanDetail.MeetingItem(m.Id, m.StartsAt, m.Duration, m.Location, m.VideoLink, m.Status),
                d => d.Meetings).Select(m => m with { CommunicationNeed = need })],
            Items(nameof(SipPlan.FollowUps), p.FollowUps.OrderBy(f => f.DueOn).ThenBy(f => f.Id), f => new PlanDetail.FollowUpItem(f.Id, f.DueOn, f.DoneAt, f.ResultingVersion), d => d.FollowUps),
            Items(nameof(SipPlan.Versions), p.Versions.OrderBy(v => v.Number), v => new PlanDetail.VersionItem(v.Number, v.EstablishedAt, v.PersonParticipated), d => d.Versions),
            Items(nameof(SipPlan.CostAllocations), p.CostAllocations.OrderBy(c => c.ProposedAt).ThenBy(c => c.Id), c => new PlanDetail.CostAllocationItem(c.Id, c.ShareKind, c.MunicipalityShare, c.RegionShare, c.Basis, c.ProposedByUnitId, c.ProposedAt, c.State,
                c.MunicipalitySignatory, c.MunicipalitySignatoryTitle, c.MunicipalityAgreedAt, c.RegionSignatory, c.RegionSignatoryTitle, c.RegionAgreedAt, c.DisputeGround, c.DisputeReason, c.SupersededAt), d => d.CostAllocations),
            Items(nameof(SipPlan.Deviations), p.Deviations.OrderBy(d => d.RaisedAt).ThenBy(d => d.Id), d => new PlanDetail.DeviationItem(d.Id, d.RaisedByUnitId, d.CounterpartOrganizationId, d.Description, d.IsCostDispute, d.RaisedAt, d.Level, d.DeIdentifiedSummary, d.StepDueOn, d.ResolvedAt, d.Resolution), d => d.Deviations),
            Items(
                nameof(SipPlan.Feedback),
                p.Feedback.OrderBy(f => f.ReceivedOn).ThenBy(f => f.Id),
                f => new PlanDetail.FeedbackItem(f.Id, f.Kind, f.Text, f.ReceivedOn, f.RoutedToUnitId, f.RespondBy, f.AnsweredAt, f.Answer),
                d => d.Feedback),
            p.FastCareContact is not { } contact
                ? null
                : new PlanDetail.FastCareContactItem(
                    contact.UnitId,
                    names.GetValueOrDefault(contact.UnitId, string.Empty),
                    contact.Name,
                    contact.Telephone,
                    contact.NamedAt),
            p.Person.IdentityKind,
            p.Person.ReserveNumber?.Value,
            p.Person.BirthDate,
            // A database returns a plan's children in no set order; the document keeps one.
            [.. p.Children.OrderBy(c => c.Id).Select(c => new PlanDetail.ChildItem(c.AgeYears, c.BirthYear, c.LivesWith, c.Custody))],
            loaded(nameof(SipPlan.Versions)) || previous?.ReportOfConcern is null ? new PlanDetail.ReportOfConcernItem(
                p.ReportOfConcernAssessment,
                p.ReportOfConcernAssessedAt,
                p.ReportOfConcernForVersion,
                p.HasCurrentReportOfConcernAssessment,
                !p.ReportOfConcernAssessedForNextVersion,
                p.ReportOfConcernMade,
                p.ReportOfConcernMadeOn,
                p.ReportOfConcernSocialServices,
                p.ReportOfConcernParentAndChildInformed) : previous.ReportOfConcern,
            loaded(nameof(SipPlan.Needs)) || previous is null
                ? p.Needs.Any(n => n.Area == NeedArea.ChildrensInformationAdviceSupport)
                : previous.ChildrensNeed,
            need,
            OpenDeadlines(p, previous, loaded));
    }

    /// <summary>
    /// The domain's open deadlines of the plan; those read from a collection the change did not load
    /// are kept from <paramref name="previous"/>, as the collection itself is.
    /// </summary>
    private static List<PlanDetail.DeadlineItem> OpenDeadlines(SipPlan p, PlanDetail? previous, Func<string, bool> loaded)
    {
        bool Fresh(DeadlineKind kind) => previous is null || CollectionOf(kind) is not { } collection || loaded(collection);
        return
        [
            .. PlanDeadlines.Of(p).Where(d => Fresh(d.Kind)).Select(d => new PlanDetail.DeadlineItem(d.Kind, d.SubjectId, d.DueOn))
                .Concat(previous?.OpenDeadlines?.Where(d => !Fresh(d.Kind)) ?? [])
                .OrderBy(d => d.DueOn).ThenBy(d => d.Kind).ThenBy(d => d.SubjectId),
        ];
    }

    /// <summary>The collection of the aggregate a kind of deadline is read from; null for the plan's own.</summary>
    private static string? CollectionOf(DeadlineKind kind) => kind switch
    {
        DeadlineKind.InvitationUnanswered => nameof(SipPlan.Participants),
        DeadlineKind.ActionUnanswered or DeadlineKind.ActionNotExecuted => nameof(SipPlan.Actions),
        DeadlineKind.FirstMeetingNotHeld or DeadlineKind.PlacementSipNotHeld => nameof(SipPlan.Meetings),
        DeadlineKind.FollowUpOverdue => nameof(SipPlan.FollowUps),
        DeadlineKind.DeviationUnresolved => nameof(SipPlan.Deviations),
        DeadlineKind.FeedbackUnanswered => nameof(SipPlan.Feedback),
        _ => null,
    };

    /// <summary>
    /// The names of the units the plans' documents show (the initiating unit, the one with overall
    /// responsibility, each insats's, the fast vårdkontakt's): those in the previous document, which a rename would have
    /// removed, and the rest from the directory.
    /// </summary>
    private static async Task<Dictionary<Guid, string>> NamesAsync(ISipDbContext db, IReadOnlyCollection<SipPlan> plans, CancellationToken cancellationToken, PlanDetail? previous = null)
    {
        var names = new Dictionary<Guid, string>();
        if (previous is not null)
        {
            names.TryAdd(previous.InitiatingUnitId, previous.InitiatingUnitName);
            if (previous is { OverallResponsibleUnitId: { } overall, OverallResponsibleUnitName: { } overallName })
            {
                names.TryAdd(overall, overallName);
            }

            foreach (var action in previous.Actions)
            {
                names.TryAdd(action.OwningUnitId, action.OwningUnitName);
            }

            if (previous.FastCareContact is { } contact)
            {
                names.TryAdd(contact.UnitId, contact.UnitName);
            }
        }

        var wanted = plans
            .SelectMany(p => p.Actions.Select(a => a.OwningUnitId)
                .Append(p.Origin.InitiatingUnitId)
                .Concat(p.OverallResponsibleUnitId is { } o ? [o] : [])
                .Concat(p.FastCareContact is { } f ? [f.UnitId] : []))
            .Where(id => !names.ContainsKey(id)).Distinct().ToList();
        if (wanted.Count > 0)
        {
            foreach (var unit in await db.Units.AsNoTracking().Where(u => wanted.Contains(u.Id)).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken))
            {
                names[unit.Id] = unit.Name;
            }
        }

        return names;
    }

    private static async Task<PlanDetail?> ContentAtAsync(DbContext context, Guid planId, int version, CancellationToken cancellationToken)
    {
        await foreach (var content in ContentAt.For(context)(context, planId, version, Shape).WithCancellation(cancellationToken))
        {
            return Deserialize(content);
        }

        return null;
    }

    private static async Task AddAsync(ISipDbContext db, List<PlanDocument> documents, CancellationToken cancellationToken)
    {
        if (documents.Count == 0)
        {
            return;
        }

        db.PlanDocuments.AddRange(documents);
        // Inside the caller's transaction, whose failure fails it all: no savepoint (as InboxEntries.RefreshAsync).
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;
            foreach (var written in db.ChangeTracker.Entries<PlanDocument>().ToList())
            {
                written.State = EntityState.Detached;
            }
        }
    }

    private static string Serialize(PlanDetail detail) => JsonSerializer.Serialize(detail, PlanDocumentJson.Default.PlanDetail);

    private static PlanDetail Deserialize(string content) =>
        JsonSerializer.Deserialize(content, PlanDocumentJson.Default.PlanDetail) ?? throw new InvalidOperationException("A plan's document was empty.");

    /// <summary>The arguments <see cref="SeenContent"/> is built from; their values are never asked for.</summary>
    private sealed class Asked
    {
        public static readonly Asked Template = new() { Units = [] };

        public Guid Plan { get; init; }

        public required List<Guid> Units { get; init; }

        public int Shape { get; init; }
    }

    private sealed class SeenDocument
    {
        public bool Seen { get; init; }

        public string? Content { get; init; }
    }

    private static int ShapeOf(Type root)
    {
        var described = new StringBuilder();
        var seen = new HashSet<Type>();
        Describe(root);
        return BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(described.ToString())));

        void Describe(Type type)
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            {
                type = type.GetGenericArguments()[0];
            }

            if (!seen.Add(type) || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
            {
                return;
            }

            described.Append(type.FullName).Append('{');
            if (type.IsEnum)
            {
                described.AppendJoin(',', Enum.GetNames(type));
            }

            foreach (var property in type.GetProperties().OrderBy(x => x.Name, StringComparer.Ordinal))
            {
                described.Append(property.Name).Append(':').Append(property.PropertyType.FullName).Append(';');
            }

            described.Append('}');
            foreach (var property in type.GetProperties())
            {
                Describe(property.PropertyType);
            }
        }
    }
}

/// <summary>
/// The document's JSON, generated at build time rather than found by reflection on first use. Enums
/// by name, so that a member added to an enum cannot turn a stored value into another.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PlanDetail))]
internal sealed partial class PlanDocumentJson : JsonSerializerContext;
