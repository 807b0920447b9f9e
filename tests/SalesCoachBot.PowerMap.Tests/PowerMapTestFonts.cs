using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace SalesCoachBot.PowerMap.Tests;

/// <summary>
/// The fonts the renderer tests draw with: the host's real one, found the way the bot finds it (CI
/// installs fonts-noto-cjk), and none at all, as on a bare App Service host.
/// </summary>
internal static class PowerMapTestFonts
{
    public static readonly PowerMapFont Real = new(new PowerMapFontLocator(), Options.Create(new PowerMapOptions()), NullLogger<PowerMapFont>.Instance);

    public static PowerMapFont None(ILogger<PowerMapFont>? logger = null) =>
        new(new PowerMapFontLocator([], []), Options.Create(new PowerMapOptions()), logger ?? NullLogger<PowerMapFont>.Instance);
}
