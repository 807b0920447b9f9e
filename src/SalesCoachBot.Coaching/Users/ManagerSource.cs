namespace SalesCoachBot.Coaching.Users;

/// <summary>Where a user's manager link comes from; stored as its name.</summary>
public enum ManagerSource
{
    /// <summary>The rep named the manager in the chat and the manager accepted.</summary>
    Chat,

    /// <summary>An administrator's team file (<c>import-team</c>).</summary>
    Import,

    /// <summary>The company directory (Microsoft Graph); wins over the others and needs no accept.</summary>
    Directory,
}
