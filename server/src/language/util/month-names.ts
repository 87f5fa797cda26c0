/** The English month names, January first: dates in words ("1 March 2027") as treaty texts write them. */
export const monthNames: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
