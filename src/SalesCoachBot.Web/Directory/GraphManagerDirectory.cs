using System.Net;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using SalesCoachBot.Coaching.Manager.Directory;

namespace SalesCoachBot.Web.Directory;

/// <summary>The reporting line from Microsoft Graph: <c>GET /users/{id}/manager</c>.</summary>
internal sealed class GraphManagerDirectory(GraphServiceClient graph) : IManagerDirectory
{
    public async Task<DirectoryManager?> FindManagerAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        try
        {
            var manager = await graph.Users[aadObjectId].Manager
                .GetAsync(request => request.QueryParameters.Select = ["id", "displayName"], cancellationToken)
                .ConfigureAwait(false);
            return manager?.Id is { Length: > 0 } id ? new DirectoryManager(id, (manager as User)?.DisplayName) : null;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            // Graph's answer for a user without a manager (and for a user it does not have).
            return null;
        }
    }
}
