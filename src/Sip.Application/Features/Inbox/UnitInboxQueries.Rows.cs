namespace Sip.Application.Features.Inbox;

/// <summary>What the inbox's queries are given and answer.</summary>
internal static partial class UnitInboxQueries
{
    /// <summary>
    /// What one inbox asks for. The queries read these members inside their lambdas, so that
    /// <see cref="Template"/> makes compiled queries of them (<see cref="QueryTemplate"/>).
    /// </summary>
    internal sealed class Asked
    {
        /// <summary>The arguments the compiled queries are built from; their values are never asked for.</summary>
        public static readonly Asked Template = new() { Units = [] };

        /// <summary>The user's unit, for a user of one unit.</summary>
        public Guid Unit { get; init; }

        public required List<Guid> Units { get; init; }

        /// <summary>The user, whose rejected proposals are listed.</summary>
        public Guid Me { get; init; }

        /// <summary>The last day a deadline shows up.</summary>
        public DateOnly Horizon { get; init; }

        /// <summary>How many of each kind the page may need: page × size.</summary>
        public int Enough { get; init; }

        public int Skip { get; init; }

        public int Take { get; init; }
    }

    /// <summary>A row of the page, with how many items of each kind wait in all.</summary>
    internal sealed class CountedRow
    {
        public required Row Item { get; init; }

        public int InvitationsToAnswer { get; init; }

        public int ActionsToAccept { get; init; }

        public int FirstMeetingsDue { get; init; }

        public int FollowUpsDue { get; init; }

        public int ActionsRejected { get; init; }
    }

    /// <summary>How many items of one kind wait.</summary>
    internal sealed class KindCount
    {
        public InboxItemKind Kind { get; init; }

        public int Count { get; init; }
    }

    /// <summary>An item as the database returns it; <see cref="Key"/> is the item's id, or the plan's for a first meeting.</summary>
    internal sealed class Row
    {
        public InboxItemKind Kind { get; init; }

        public Guid PlanId { get; init; }

        public required string ReferenceNumber { get; init; }

        public int PlanVersion { get; init; }

        public Guid Key { get; init; }

        public required string What { get; init; }

        public DateOnly? DueOn { get; init; }

        public bool MayDecline { get; init; }
    }
}
