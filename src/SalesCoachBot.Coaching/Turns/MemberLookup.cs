using Microsoft.Extensions.Logging;
using SalesCoachBot.Coaching.Users;
using SalesCoachBot.Dialogs.State;
using SalesCoachBot.Protocol.Connector;

namespace SalesCoachBot.Coaching.Turns;

/// <summary>
/// Activities carry no email or UPN, so they are asked of the connector for a user whose profile has
/// neither, off the turn (<see cref="MemberLookupBacklog"/>), and stored in this look-up's own unit of work.
/// Only a nicety for naming managers by email: any failure is logged, and the user is tried again after
/// <see cref="MemberLookupThrottle.Interval"/>.
/// </summary>
public sealed partial class MemberLookup(IConnectorClient connector, IUserStore users, IUnitOfWork unitOfWork, ILogger<MemberLookup> logger)
{
    public async Task LookUpAsync(MemberLookupRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fetched = await connector.GetMemberAsync(request.ServiceUrl, request.ConversationId, request.UserId, cancellationToken).ConfigureAwait(false);
        if (!fetched.Result.IsSent || fetched.Member is not { } member)
        {
            LogMemberNotFetched(request.UserId, fetched.Result.Outcome, fetched.Result.Error);
            return;
        }

        // Read now, not when the turn noted it: only the two addresses change, whatever turns wrote since.
        var known = await users.FindAsync(request.UserId, cancellationToken).ConfigureAwait(false);
        if (known is null || known.Email is not null || known.UserPrincipalName is not null)
        {
            return;
        }

        await users.UpsertAsync(known with { Email = member.Email, UserPrincipalName = member.UserPrincipalName }, cancellationToken).ConfigureAwait(false);
        var outcome = await unitOfWork.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (outcome != UnitOfWorkOutcome.Committed)
        {
            LogNotStored(request.UserId, outcome);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Member {UserId} not fetched from the connector: {Outcome} {Error}")]
    private partial void LogMemberNotFetched(string userId, ConnectorOutcome outcome, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email and UPN of {UserId} not stored: {Outcome}")]
    private partial void LogNotStored(string userId, UnitOfWorkOutcome outcome);
}
