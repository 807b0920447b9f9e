using SalesCoachBot.Coaching.Users;

namespace SalesCoachBot.Data.Entities;

/// <summary>A Teams user the bot knows.</summary>
internal sealed class UserEntity
{
    /// <summary>The Teams user id (<c>29:…</c>).</summary>
    public required string Id { get; set; }

    public string? AadObjectId { get; set; }

    public string? TenantId { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? Locale { get; set; }

    public string? TimeZone { get; set; }

    public string? ClientTimeZone { get; set; }

    public UserRole Role { get; set; } = UserRole.Rep;

    /// <summary>What the user said they mainly want to do (the welcome's question); null until answered.</summary>
    public UserRole? MainUse { get; set; }

    /// <summary>The manager's Teams user id.</summary>
    public string? ManagerId { get; set; }

    public UserEntity? Manager { get; set; }

    public ManagerSource? ManagerSource { get; set; }

    /// <summary>The Teams user id of the person named as manager who has not accepted yet.</summary>
    public string? PendingManagerId { get; set; }

    /// <summary>When the company directory was last asked for the manager, in Unix milliseconds (comparable and sortable on every provider).</summary>
    public long? DirectoryCheckedAtMs { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
