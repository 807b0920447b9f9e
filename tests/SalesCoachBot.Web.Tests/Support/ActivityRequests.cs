using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>Builds the POSTs that Teams makes to <c>/api/messages</c>.</summary>
public static class ActivityRequests
{
    public const string Route = "/api/messages";

    public static HttpRequestMessage Post(JsonObject activity, string contentType = "application/json; charset=utf-8", string? authorization = null) =>
        Post(activity.ToJsonString(), contentType, authorization);

    public static HttpRequestMessage Post(string body, string contentType = "application/json; charset=utf-8", string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Route)
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)),
        };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }
}
