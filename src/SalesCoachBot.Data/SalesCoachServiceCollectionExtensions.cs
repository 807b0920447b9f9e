using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SalesCoachBot.Coaching;
using SalesCoachBot.Dialogs;
using SalesCoachBot.PowerMap;
using SalesCoachBot.Protocol;

namespace SalesCoachBot.Data;

/// <summary>
/// The bot without its web host: the one list of <c>AddXxx</c> calls both the Web host and the tools
/// (<c>import-team</c>, <c>card-samples</c>…) compose from. It lives here because Data is the rightmost
/// project that knows nothing of ASP.NET.
/// </summary>
public static class SalesCoachServiceCollectionExtensions
{
    /// <summary>
    /// Adds the protocol, the dialog engine, the coaching product with its power-map picture, and the
    /// database with its stores and start-up migration. <paramref name="contentRootPath"/> anchors the
    /// default data folder (see <see cref="DataServiceCollectionExtensions.AddData"/>).
    /// </summary>
    public static IServiceCollection AddSalesCoachCore(this IServiceCollection services, IConfiguration configuration, string contentRootPath)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddBotProtocol();
        services.AddDialogs();
        services.AddData(configuration, contentRootPath);
        services.AddCoaching();
        services.AddPowerMap();
        return services;
    }
}
