namespace SalesCoachBot.Coaching.Users;

/// <summary>What the product knows about a user.</summary>
public sealed record UserProfile(string Id)
{
    public string? AadObjectId { get; init; }

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
}
