/**
 * One-time set-up of the shared, immutable built-in types: slots and method
 * tables that live in other files than their type (to keep module load
 * order free of cycles). Idempotent.
 *
 * @module
 */

import {
  addLocals,
  classMethodType,
  objectType,
  type PyType,
  staticMethodType,
  typeType,
} from "../objects/type.ts";
import { boolType, intType } from "../objects/int.ts";
import { floatType } from "../objects/float.ts";
import { complexType } from "../objects/complex.ts";
import { bytearrayType, bytesType, memoryviewType } from "../objects/bytes.ts";
import { tupleType } from "../objects/tuple.ts";
import { listType } from "../objects/list.ts";
import { dictType } from "../objects/dict.ts";
import { frozensetType, setType } from "../objects/set.ts";
import { rangeType } from "../objects/range.ts";
import { sliceType } from "../objects/slice.ts";
import {
  enumerateType,
  filterType,
  mapType,
  reversedType,
  zipType,
} from "../objects/iterators.ts";
import { superType } from "../objects/super.ts";
import { propertyType } from "../objects/function.ts";
import { setupClasses } from "../objects/class.ts";
import { strType } from "../objects/str.ts";
import { strMethods } from "../objects/str_methods.ts";
import { setExceptionFormatters } from "../objects/exception.ts";
import {
  exceptionRepr,
  exceptionStr,
  setupExceptionAttrs,
} from "./exc_format.ts";

const done = { value: false };

/** Built-in types whose construction has no effect a redo could repeat. */
function PURE_CTORS(): PyType[] {
  return [
    objectType,
    typeType,
    intType,
    boolType,
    floatType,
    complexType,
    strType,
    bytesType,
    bytearrayType,
    tupleType,
    listType,
    dictType,
    setType,
    frozensetType,
    rangeType,
    sliceType,
    enumerateType,
    zipType,
    mapType,
    filterType,
    reversedType,
    superType,
    propertyType,
    staticMethodType,
    classMethodType,
    memoryviewType,
  ];
}

/** Installs late-bound slots and method tables into the built-in types. */
export function setupEngine(): void {
  if (done.value) return;
  done.value = true;
  setupClasses();
  addLocals(strType, strMethods);
  setExceptionFormatters(exceptionRepr, exceptionStr);
  setupExceptionAttrs();
  for (const t of PURE_CTORS()) t.pureCtor = true;
  for (
    const t of [
      listType,
      dictType,
      setType,
      frozensetType,
      tupleType,
      bytesType,
      bytearrayType,
    ]
  ) t.syncMethods = true;
}
