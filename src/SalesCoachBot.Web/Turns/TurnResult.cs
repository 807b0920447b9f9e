using SalesCoachBot.Protocol.Activities;

namespace SalesCoachBot.Web.Turns;

/// <summary>What the pipeline did with an activity.</summary>
/// <param name="WasRedelivery">True when the activity had been taken on already and was only acknowledged.</param>
/// <param name="InvokeResponse">The answer to an invoke: the handler's, or for a redelivery the first delivery's.</param>
/// <param name="AnswerPending">
/// A redelivered invoke whose first delivery is still running (or never answered): the caller is
/// asked to retry (503, <c>Retry-After</c>) rather than given an answer that is not the first's.
/// </param>
internal sealed record TurnResult(bool WasRedelivery, InvokeResponse? InvokeResponse, bool AnswerPending = false);
