namespace SalesCoachBot.Coaching.Users;

/// <summary>What the product knows about a user.</summary>
public sealed record UserProfile(string Id)
{
    public string? AadObjectId { get; init; }

    /// <summary>The Entra tenant the user's activities come from (<c>conversation.tenantId</c>); people are only ever looked up within it.</summary>
    public string? TenantId { get; init; }

    public string? Name { get; init; }

    /// <summary>The email address Teams gives for the user, if any.</summary>
    public string? Email { get; init; }

    /// <summary>The user principal name (sign-in name) Teams gives for the user, if any.</summary>
    public string? UserPrincipalName { get; init; }

    public string? Locale { get; init; }

    /// <summary>The IANA time zone the user chose by command, e.g. <c>Asia/Shanghai</c>; it wins over the client's.</summary>
    public string? TimeZone { get; init; }

    /// <summary>The IANA time zone the Teams client reported last; followed while the user chose none.</summary>
    public string? ClientTimeZone { get; init; }

    public UserRole Role { get; init; } = UserRole.Rep;

    /// <summary>
    /// What the user said, on the welcome, they mainly want to do (prepare visits: <see cref="UserRole.Rep"/>,
    /// lead a team: <see cref="UserRole.Manager"/>, practise: <see cref="UserRole.NewHire"/>); null until answered.
    /// </summary>
    public UserRole? MainUse { get; init; }

    /// <summary>The manager's Teams user id.</summary>
    public string? ManagerId { get; init; }

    /// <summary>Where <see cref="ManagerId"/> comes from; null while there is no manager.</summary>
    public ManagerSource? ManagerSource { get; init; }

    /// <summary>The Teams user id of the person the rep named as manager, until that person accepts or declines.</summary>
    public string? PendingManagerId { get; init; }

    /// <summary>When the company directory was last asked for the user's manager; null while it never was.</summary>
    public DateTimeOffset? DirectoryCheckedAt { get; init; }
}
