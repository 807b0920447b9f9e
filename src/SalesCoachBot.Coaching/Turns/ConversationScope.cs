namespace SalesCoachBot.Coaching.Turns;

/// <summary>What the bot does with an activity, by its channel, tenant and conversation.</summary>
public enum ConversationScope
{
    /// <summary>A personal chat in a channel and tenant the bot serves.</summary>
    Served,

    /// <summary>A channel or tenant the bot does not serve: no answer, nothing stored.</summary>
    Ignored,

    /// <summary>A group chat or a Teams channel: one short refusal, nothing stored.</summary>
    Refused,
}
