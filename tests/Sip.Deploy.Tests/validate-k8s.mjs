// Validates Kubernetes manifests offline against the Kubernetes API's schemas, strictly.
//   node --input-type=module -e "$(cat validate-k8s.mjs)" -- file.yaml ...   (cwd: the folder whose
//   node_modules holds kubernetes-models, js-yaml and @kubernetes/client-node; .ci/run installs them)
// Two checks per resource: kubernetes-models validates types, required fields and formats against
// the OpenAPI schemas it carries; the API's field lists (the generated models of
// @kubernetes/client-node) reject any field the API does not know, which the schemas alone allow.
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const models = "./node_modules/@kubernetes/client-node/dist/gen/models/";
const primitives = new Set(["string", "number", "boolean", "Date", "any", "object", "IntOrString", "RuntimeRawExtension"]);
let failed = false;

async function fieldsOf(type) {
  try {
    const module = await import(`${models}${type}.js`);
    return new Map(module[type].getAttributeTypeMap().map((a) => [a.baseName, a.type]));
  } catch {
    return null;
  }
}

async function unknownFields(value, type, path, errors) {
  if (value === null || value === undefined || primitives.has(type)) return;
  const array = /^Array<(.+)>$/.exec(type);
  if (array) {
    if (Array.isArray(value)) for (const [i, item] of value.entries()) await unknownFields(item, array[1], `${path}[${i}]`, errors);
    return;
  }
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) {
    for (const [key, item] of Object.entries(value)) await unknownFields(item, map[1], `${path}.${key}`, errors);
    return;
  }
  const fields = await fieldsOf(type);
  if (fields === null || typeof value !== "object" || Array.isArray(value)) return;
  for (const [key, item] of Object.entries(value)) {
    if (!fields.has(key)) errors.push(`${path}.${key}: not a field of ${type}`);
    else await unknownFields(item, fields.get(key), `${path}.${key}`, errors);
  }
}

for (const file of process.argv.slice(1).filter((a) => a !== "--")) {
  const documents = yaml.loadAll(readFileSync(file, "utf8")).filter((d) => d);
  if (documents.length === 0) {
    console.log(`ERROR ${file}: no resource`);
    failed = true;
  }
  for (const resource of documents) {
    const name = `${resource.kind}/${resource.metadata?.name}`;
    const errors = [];
    const [group, version] = resource.apiVersion.includes("/") ? resource.apiVersion.split("/") : [null, resource.apiVersion];
    let Model;
    try {
      Model = (await import(`kubernetes-models/${group ? `${group}/` : ""}${version}`))[resource.kind];
    } catch {
      Model = undefined;
    }
    if (!Model) {
      errors.push(`${resource.apiVersion} ${resource.kind} is not a Kubernetes API type`);
    } else {
      try {
        new Model(resource).validate();
      } catch (e) {
        errors.push(...(e.errors ?? [e]).map((x) => x.instancePath !== undefined ? `${x.instancePath || "/"} ${x.message ?? x.keyword} ${JSON.stringify(x.params ?? {})}` : String(x)));
      }
      const type = `${version[0].toUpperCase()}${version.slice(1)}${resource.kind}`;
      if ((await fieldsOf(type)) === null) errors.push(`no field list for ${type}`);
      else await unknownFields(resource, type, "", errors);
    }
    if (errors.length) {
      failed = true;
      for (const e of errors) console.log(`ERROR ${file} ${name}: ${e}`);
    } else {
      console.log(`ok ${file} ${name}`);
    }
  }
}
process.exit(failed ? 1 : 0);
