// Linux App Service plan and the .NET 10 web app that hosts the bot. App settings are applied
// separately (appSettings.bicep) because they need the site's own host name and, for Key Vault
// references, the site's identity to have been granted access first.

param location string
param planName string
param siteName string

@description('App Service plan SKU, e.g. B1, S1, P0v3. F1 (Free) has no Always On.')
param skuName string

@description('Resource id of a user-assigned identity to attach (for msaAppType UserAssignedMSI), or empty.')
param userAssignedIdentityId string

param tags object

@description('Instances of the bot behind the plan\'s load balancer; more than one needs the PostgreSQL database (shared state).')
@minValue(1)
@maxValue(30)
param instanceCount int = 1

var isFree = toUpper(skuName) == 'F1'

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: planName
  location: location
  kind: 'linux'
  tags: tags
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  tags: tags
  identity: empty(userAssignedIdentityId)
    ? {
        type: 'SystemAssigned'
      }
    : {
        type: 'SystemAssigned, UserAssigned'
        userAssignedIdentities: {
          '${userAssignedIdentityId}': {}
        }
      }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: !isFree
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

output name string = site.name
output defaultHostName string = site.properties.defaultHostName
output principalId string = site.identity.principalId
