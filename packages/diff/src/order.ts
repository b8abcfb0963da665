// Code-point order lives in the model, shared by every package that sorts for output.
export { compareCodePoints, compareKeys } from '@profiles/model';
