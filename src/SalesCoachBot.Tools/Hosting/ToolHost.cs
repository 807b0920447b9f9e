using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SalesCoachBot.Data;

namespace SalesCoachBot.Tools.Hosting;

/// <summary>
/// The bot as the Web host composes it (<see cref="SalesCoachServiceCollectionExtensions.AddSalesCoachCore"/>),
/// in a generic host without the web parts: same configuration keys, same database, same services.
/// </summary>
internal static class ToolHost
{
    /// <summary>
    /// <paramref name="args"/> are configuration overrides (<c>--Key=value</c>, <c>--contentRoot</c>). The content
    /// root is the bot's folder of this checkout unless given, so its appsettings.json and data folder are used.
    /// </summary>
    public static IHost Build(string[] args)
    {
        var contentRoot = new ConfigurationBuilder().AddCommandLine(args).Build()[HostDefaults.ContentRootKey] ?? BotContentRoot.Find();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = contentRoot });
        // Only warnings: the output is the command's own. PostConfigure, so it wins over the host's
        // appsettings.json Logging section, which is written for the running bot.
        builder.Services.PostConfigure<LoggerFilterOptions>(options =>
        {
            options.Rules.Clear();
            options.MinLevel = LogLevel.Warning;
        });
        builder.Services.AddSalesCoachCore(builder.Configuration, builder.Environment.ContentRootPath);
        return builder.Build();
    }
}
