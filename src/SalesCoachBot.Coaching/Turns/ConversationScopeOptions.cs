namespace SalesCoachBot.Coaching.Turns;

/// <summary>The <c>Bot</c> section: which channels and tenants the bot serves.</summary>
public sealed class ConversationScopeOptions
{
    public const string SectionName = "Bot";

    /// <summary>What <see cref="AllowedChannels"/> is when the configuration names none.</summary>
    public static IReadOnlyList<string> DefaultChannels { get; } = ["msteams"];

    /// <summary>
    /// The channels served: <c>msteams</c> unless set (a development host may list <c>emulator</c> or
    /// <c>webchat</c> besides). Null rather than a default list because the configuration binder
    /// appends to a list it finds filled. Activities from another channel get no answer and store nothing.
    /// </summary>
    public IReadOnlyList<string>? AllowedChannels { get; set; }

    /// <summary>The Entra tenants served; empty (the default) serves every tenant.</summary>
    public IReadOnlyList<string>? AllowedTenants { get; set; }
}
