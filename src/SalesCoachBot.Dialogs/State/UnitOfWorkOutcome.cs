namespace SalesCoachBot.Dialogs.State;

/// <summary>What became of a unit of work's commit.</summary>
public enum UnitOfWorkOutcome
{
    /// <summary>Everything was written.</summary>
    Committed,

    /// <summary>Another turn changed the same data first (optimistic concurrency); nothing was written.</summary>
    Conflict,

    /// <summary>The database refused a write (a constraint, the connection…); nothing was written.</summary>
    Failed,
}
