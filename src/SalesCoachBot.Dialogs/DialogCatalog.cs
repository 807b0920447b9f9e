namespace SalesCoachBot.Dialogs;

/// <summary>How one registered dialog is built in a turn's scope.</summary>
internal sealed record DialogRegistration(Func<IServiceProvider, Dialog> Create);

/// <summary>
/// Which registration builds the dialog of each id: learned once, by building every registered
/// dialog in the first scope that asks (a dialog's id is fixed by its class), which is also where two
/// dialogs with one id are found out. After that a turn builds only the dialogs it runs.
/// </summary>
internal sealed class DialogCatalog(IEnumerable<DialogRegistration> registrations)
{
    private readonly DialogRegistration[] _registrations = [.. registrations];
    private readonly Lock _learning = new();
    private IReadOnlyDictionary<string, DialogRegistration>? _byId;

    public DialogRegistration? Registration(IServiceProvider services, string dialogId) =>
        ById(services).GetValueOrDefault(dialogId);

    public IEnumerable<string> Ids(IServiceProvider services) => ById(services).Keys;

    private IReadOnlyDictionary<string, DialogRegistration> ById(IServiceProvider services)
    {
        if (Volatile.Read(ref _byId) is { } known)
        {
            return known;
        }

        lock (_learning)
        {
            if (_byId is null)
            {
                var byId = new Dictionary<string, DialogRegistration>(StringComparer.Ordinal);
                foreach (var registration in _registrations)
                {
                    var id = registration.Create(services).Id;
                    if (!byId.TryAdd(id, registration))
                    {
                        throw new InvalidOperationException($"Two dialogs are registered with the id '{id}'.");
                    }
                }

                Volatile.Write(ref _byId, byId);
            }

            return _byId;
        }
    }
}
