using System.Globalization;
using Microsoft.Extensions.Options;
using SalesCoachBot.Coaching.PowerMap;
using SalesCoachBot.Coaching.Rep.Deals;

namespace SalesCoachBot.PowerMap;

/// <summary>Renders the picture, keeps it in the <see cref="IPowerMapImageStore"/> and answers its public address.</summary>
internal sealed class PowerMapPublisher : IPowerMapPublisher
{
    /// <summary>The path the Web host serves pictures under; a token and ".png" follow.</summary>
    public const string PathPrefix = "power-map/";

    private readonly PowerMapRenderer _renderer;
    private readonly IPowerMapImageStore _store;
    private readonly string? _baseUrl;

    public PowerMapPublisher(PowerMapRenderer renderer, IPowerMapImageStore store, IOptions<PowerMapOptions> options)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(options);
        _renderer = renderer;
        _store = store;

        // "https://host" and "https://host/" both name the root; a path base such as "/bot" is kept.
        var configured = options.Value.PublicBaseUrl;
        _baseUrl = string.IsNullOrWhiteSpace(configured) ? null : configured.Trim().TrimEnd('/') + "/";
    }

    public async Task<Uri?> PublishAsync(Deal deal, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deal);
        ArgumentNullException.ThrowIfNull(culture);

        // No public address: nobody could fetch the picture, so don't spend the rendering.
        if (_baseUrl is null)
        {
            return null;
        }

        cancellationToken.ThrowIfCancellationRequested();
        var png = _renderer.Render(deal, culture);
        var token = await _store.AddAsync(png, cancellationToken).ConfigureAwait(false);
        return new Uri($"{_baseUrl}{PathPrefix}{token}.png", UriKind.Absolute);
    }
}
