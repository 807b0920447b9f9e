using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace SalesCoachBot.Web.Tests.Support;

/// <summary>
/// Gives TestServer requests a remote address, as a socket would: TestServer leaves
/// <c>HttpContext.Connection.RemoteIpAddress</c> null. Runs ahead of the whole pipeline and only
/// fills a missing address, so a real Kestrel connection keeps its own.
/// </summary>
internal sealed class TestServerRemoteAddressStartupFilter(IPAddress? remoteAddress) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= remoteAddress;
            return nextMiddleware(context);
        });
        next(app);
    };
}
