/** Bad input from a person or a program: carries the field it concerns so forms can show it next to that field. */
export class ValidationError extends Error {
  constructor(
    message: string,
    readonly field?: string,
    readonly code: string = 'invalid'
  ) {
    super(message);
    this.name = 'ValidationError';
  }
}
