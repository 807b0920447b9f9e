// The web app's application settings (environment variables for the bot).

param siteName string

@description('Name/value pairs; Key Vault references are plain strings of the form @Microsoft.KeyVault(SecretUri=...).')
param settings object

resource site 'Microsoft.Web/sites@2025-03-01' existing = {
  name: siteName
}

resource appSettings 'Microsoft.Web/sites/config@2025-03-01' = {
  parent: site
  name: 'appsettings'
  properties: settings
}
