using System.Globalization;
using SalesCoachBot.Coaching.PowerMap;
using SalesCoachBot.PowerMap;

namespace SalesCoachBot.Web.PowerMap;

/// <summary>Serves the pictures <see cref="IPowerMapPublisher"/> publishes, for the cards that show them.</summary>
internal static class PowerMapEndpointRouteBuilderExtensions
{
    public const string RoutePattern = "/power-map/{token}.png";

    /// <summary>
    /// Maps <c>GET /power-map/{token}.png</c>: 200 image/png while the picture lives, 404 otherwise.
    /// Anonymous on purpose: Teams clients fetch card images without the bot's credentials, so the
    /// 128-bit token is the access control. Unknown, expired and malformed tokens get the same empty
    /// 404, so probing learns nothing. Needs <c>AddPowerMap()</c>; with the database's store (the bot's)
    /// any instance serves what any other published.
    /// </summary>
    public static IEndpointConventionBuilder MapPowerMap(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(RoutePattern, Serve).AllowAnonymous();
    }

    private static async Task<IResult> Serve(string token, IPowerMapImageStore store, TimeProvider timeProvider, HttpResponse response, CancellationToken cancellationToken)
    {
        var image = await store.FindAsync(token, cancellationToken).ConfigureAwait(false);
        if (image is null)
        {
            response.Headers.CacheControl = "no-store";
            return TypedResults.NotFound();
        }

        // The picture shows a customer's people: only the viewer's own client may keep it, and no
        // longer than the address itself lives.
        var remaining = image.ExpiresAt - timeProvider.GetUtcNow();
        var maxAge = Math.Max(0L, (long)Math.Floor(remaining.TotalSeconds));
        response.Headers.CacheControl = string.Create(CultureInfo.InvariantCulture, $"private, max-age={maxAge}");
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.Bytes(image.Png, "image/png");
    }
}
